package org.sendfunding.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one JSON object being read as a value type: required, optional, list and map fields
 * read through the mapper, with unknown fields and missing required ones reported by type and name.
 */
final class JsonFields {

  private final JsonNode node;
  private final DeserializationContext ctxt;
  private final Class<?> type;

  private JsonFields(JsonNode node, DeserializationContext ctxt, Class<?> type) {
    this.node = node;
    this.ctxt = ctxt;
    this.type = type;
  }

  /** Reads an object whose field names must all be among {@code known}. */
  static JsonFields of(JsonNode node, DeserializationContext ctxt, Class<?> type, ImmutableSet<String> known)
      throws IOException {
    JsonFields f = new JsonFields(node, ctxt, type);
    if (!node.isObject()) {
      throw f.fail("expected a JSON object but was " + node.getNodeType());
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        throw f.fail("unknown field '" + name + "' (known: " + known + ")");
      }
    }
    return f;
  }

  MismatchedInputException fail(String message) {
    return MismatchedInputException.from(ctxt.getParser(), type, type.getSimpleName() + ": " + message);
  }

  <T> T required(String name, Class<T> c) throws IOException {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      throw fail("field '" + name + "' is missing");
    }
    return ctxt.readTreeAsValue(v, c);
  }

  <T> Optional<T> optional(String name, Class<T> c) throws IOException {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(ctxt.readTreeAsValue(v, c));
  }

  <T> List<T> list(String name, Class<T> c) throws IOException {
    JsonNode v = node.get(name);
    List<T> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw fail("field '" + name + "' must be an array");
    }
    for (JsonNode e : v) {
      out.add(ctxt.readTreeAsValue(e, c));
    }
    return out;
  }

  <T> Map<String, T> map(String name, Class<T> c) throws IOException {
    JsonNode v = node.get(name);
    Map<String, T> out = new LinkedHashMap<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isObject()) {
      throw fail("field '" + name + "' must be an object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), ctxt.readTreeAsValue(e.getValue(), c));
    }
    return out;
  }

  /** Checks a derived figure written for readers (a total, a closing balance) against the value read. */
  <T> void checkDerived(String name, Class<T> c, T computed) throws IOException {
    Optional<T> written = optional(name, c);
    if (written.isPresent() && !written.get().equals(computed)) {
      throw fail("field '" + name + "' is " + written.get() + " but the other fields give " + computed);
    }
  }
}

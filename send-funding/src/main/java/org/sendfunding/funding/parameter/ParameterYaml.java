package org.sendfunding.funding.parameter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.input.NumberSyntax;
import org.sendfunding.model.input.Problem;
import org.sendfunding.model.input.Problems;

/**
 * Reads parameter files; collects every problem as a {@link Problem} with the file, line and key path
 * ({@code unit}, {@code values.2025-04-01}, {@code floor.reference[2].title} in a group) and the value.
 */
final class ParameterYaml {

  static final ImmutableSet<String> PARAMETER_KEYS =
      ImmutableSet.of("description", "unit", "verified", "values", "reference", "note");
  static final ImmutableSet<String> REFERENCE_KEYS = ImmutableSet.of("title", "paragraph", "href");
  static final ImmutableSet<String> VALUE_KEYS = ImmutableSet.of("value", "verified", "note");

  private static final ObjectMapper MAPPER =
      YAMLMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  private ParameterYaml() {}

  /**
   * The most characters a parameter or overlay file may have: 1 MiB, a hundred times the largest
   * shipped file, so that a hostile file fails clearly before it is parsed.
   */
  static final int MAX_CHARACTERS = 1024 * 1024;

  static JsonNode readTree(String file, String yaml, Problems problems) {
    if (yaml.length() > MAX_CHARACTERS) {
      problems.add(Problem.file(file, yaml.length() + " characters, more than the limit of " + MAX_CHARACTERS));
      return null;
    }
    try {
      JsonNode node = MAPPER.readTree(yaml);
      if (node == null || node.isMissingNode() || node.isNull()) {
        problems.add(Problem.file(file, "the file is empty"));
        return null;
      }
      return node;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      problems.add(Problem.of(file, line, "", "", "not valid YAML: " + e.getOriginalMessage()));
      return null;
    }
  }

  /**
   * Reads one file: a single parameter, or a group under {@code parameters:}.
   *
   * @param file the file name, for messages
   * @param path the path of the file, e.g. {@code highneeds.nff.floor}
   * @param yaml the text
   * @param problems where problems are added
   * @return the parameters read without problems
   */
  static List<Parameter> readFile(String file, String path, String yaml, Problems problems) {
    List<Parameter> result = new ArrayList<>();
    JsonNode root = readTree(file, yaml, problems);
    if (root == null) {
      return result;
    }
    if (!root.isObject()) {
      problems.add(Problem.file(file, "expected a mapping of keys " + PARAMETER_KEYS + " or 'parameters'"));
      return result;
    }
    if (root.has("parameters")) {
      if (root.size() != 1) {
        rejectUnknownKeys(new Where(file, ""), root, ImmutableSet.of("parameters"), yaml, problems);
      }
      JsonNode group = root.get("parameters");
      if (!group.isObject() || group.isEmpty()) {
        problems.add(Problem.of(file, line(yaml, "parameters:"), "parameters", "",
            "must be a non-empty mapping of name to parameter"));
        return result;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = group.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        readParameter(file, path + "." + e.getKey(), e.getKey(), e.getValue(), yaml, problems)
            .ifPresent(result::add);
      }
    } else {
      readParameter(file, path, "", root, yaml, problems).ifPresent(result::add);
    }
    return result;
  }

  private static Optional<Parameter> readParameter(
      String file, String path, String name, JsonNode node, String yaml, Problems problems) {
    Where where = new Where(file, name);
    if (!node.isObject()) {
      problems.add(where.problem(name.isEmpty() ? 0 : line(yaml, name + ":"), "", "",
          "expected a mapping of keys " + PARAMETER_KEYS));
      return Optional.empty();
    }
    int before = problems.size();
    rejectUnknownKeys(where, node, PARAMETER_KEYS, yaml, problems);
    Parameter.Builder b = Parameter.builder().path(path);
    String description = requiredText(where, node, "description", problems);
    if (description != null) {
      b.description(description);
    }
    ParameterUnit unit = null;
    String unitText = requiredText(where, node, "unit", problems);
    if (unitText != null) {
      try {
        unit = ParameterUnit.fromName(unitText);
        b.unit(unit);
      } catch (IllegalArgumentException e) {
        problems.add(where.problem(line(yaml, "unit:"), "unit", unitText, e.getMessage()));
      }
    }
    JsonNode verified = node.get("verified");
    if (verified == null || verified.isNull()) {
      problems.add(where.problem(0, "verified", "", "missing (true or false)"));
    } else if (!verified.isBoolean()) {
      problems.add(where.problem(line(yaml, "verified:"), "verified", verified.asText(), "not true or false"));
    } else {
      b.verified(verified.booleanValue());
    }
    JsonNode note = node.get("note");
    if (note != null && !note.isNull()) {
      b.note(note.asText());
    }
    readReferences(where, node.get("reference"), yaml, problems).forEach(b::addReferences);
    readValues(where, unit, node.get("values"), yaml, b, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(where.problem(0, "", "", e.getMessage()));
      return Optional.empty();
    }
  }

  private static String requiredText(
      Where where, JsonNode node, String key, Problems problems) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
      problems.add(where.problem(0, key, "", "missing or blank"));
      return null;
    }
    return v.asText();
  }

  private static List<SourceReference> readReferences(
      Where where, JsonNode node, String yaml, Problems problems) {
    List<SourceReference> refs = new ArrayList<>();
    if (node == null || node.isNull() || !node.isArray() || node.isEmpty()) {
      problems.add(where.problem(line(yaml, "reference:"), "reference", "",
          "missing or not a non-empty list of {title, paragraph, href}"));
      return refs;
    }
    int i = 0;
    for (JsonNode r : node) {
      i++;
      Where rw = where.child("reference[" + i + "]");
      if (!r.isObject()) {
        problems.add(rw.problem(0, "", r.asText(), "expected a mapping with title, paragraph, href"));
        continue;
      }
      rejectUnknownKeys(rw, r, REFERENCE_KEYS, yaml, problems);
      String title = requiredText(rw, r, "title", problems);
      if (title == null) {
        continue;
      }
      SourceReference.Builder sb = SourceReference.builder().title(title);
      if (r.hasNonNull("paragraph")) {
        sb.paragraph(r.get("paragraph").asText());
      }
      if (r.hasNonNull("href")) {
        sb.href(r.get("href").asText());
      }
      refs.add(sb.build());
    }
    return refs;
  }

  private static void readValues(
      Where where,
      ParameterUnit unit,
      JsonNode node,
      String yaml,
      Parameter.Builder b,
      Problems problems) {
    if (node == null || node.isNull() || !node.isObject() || node.isEmpty()) {
      problems.add(where.problem(line(yaml, "values:"), "values", "", "missing or empty (a mapping of date to value)"));
      return;
    }
    LocalDate previous = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      Where vw = where.child("values." + key);
      int line = line(yaml, key + ":");
      LocalDate date;
      try {
        date = NumberSyntax.date(key);
      } catch (IllegalArgumentException ex) {
        problems.add(vw.problem(line, "", key, NumberSyntax.DATE));
        continue;
      }
      if (previous != null && !date.isAfter(previous)) {
        problems.add(vw.problem(line, "", key, "dates must be sorted and unique, but " + date
            + (date.equals(previous) ? " repeats " : " comes after ") + previous));
        continue;
      }
      previous = date;
      JsonNode v = e.getValue();
      if (v.isObject()) {
        rejectUnknownKeys(vw, v, VALUE_KEYS, yaml, problems);
        if (v.has("verified")) {
          if (v.get("verified").isBoolean()) {
            b.putValueVerified(date, v.get("verified").booleanValue());
          } else {
            problems.add(vw.child("verified").problem(line, "", v.get("verified").asText(), "not true or false"));
          }
        }
        if (!v.has("value")) {
          problems.add(vw.child("value").problem(line, "", "", "missing (write null to end the rule)"));
          continue;
        }
        v = v.get("value");
      }
      if (v.isNull()) {
        b.putValues(date, Optional.empty());
        continue;
      }
      if (!v.isValueNode() || (v.isTextual() && v.asText().isBlank())) {
        problems.add(vw.problem(line, "", "", "empty or not a single value"));
        continue;
      }
      if (unit != null) {
        try {
          b.putValues(date, Optional.of(unit.parse(v.asText())));
        } catch (IllegalArgumentException ex) {
          problems.add(vw.problem(line, "", v.asText(), ex.getMessage()));
        }
      }
    }
  }

  static void rejectUnknownKeys(
      Where where,
      JsonNode node,
      ImmutableSet<String> allowed,
      String yaml,
      Problems problems) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        problems.add(where.child(key).problem(line(yaml, key + ":"), "", "",
            "unknown key (allowed: " + String.join(", ", allowed) + ")"));
      }
    }
  }

  /** The first line holding {@code token} at the start of a key, or 0 if not found. */
  static int line(String yaml, String token) {
    String[] lines = yaml.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String t = lines[i].trim();
      if (t.startsWith(token) || t.startsWith("\"" + token.replace(":", "\":"))
          || t.startsWith("- " + token)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** A file and the key path within it that problems are about. */
  static final class Where {
    final String file;
    final String path;

    Where(String file, String path) {
      this.file = file;
      this.path = path;
    }

    Where child(String key) {
      return new Where(file, path.isEmpty() ? key : path + "." + key);
    }

    Problem problem(int line, String key, String value, String message) {
      String column = key.isEmpty() ? path : child(key).path;
      return Problem.of(file, line, column, value, message);
    }
  }
}

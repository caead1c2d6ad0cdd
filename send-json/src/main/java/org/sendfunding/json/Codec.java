package org.sendfunding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * How one field's value is written to and read from JSON: the unit from which {@link RecordJson}
 * descriptions are built ({@code Codecs.STRING}, {@code Codecs.list(Codecs.value(Band.class))}...).
 *
 * <p>A codec that reads a field which may be absent (an optional, a list, a map) says what the absent
 * field means through {@link #absent()}; a required field's codec returns null there.
 *
 * @param <V> the value type
 */
interface Codec<V> {

  /** Writes the value at the generator's current position. */
  void write(V value, JsonGenerator g) throws IOException;

  /** Reads a value from a node that is present and not JSON null (unless {@link #readsNull()}). */
  V read(JsonNode node, DeserializationContext c) throws IOException;

  /** The value of a missing field, or null when the field is required. */
  default V absent() {
    return null;
  }

  /** True when the value is left out of its object (an empty optional). */
  default boolean omit(V value) {
    return false;
  }

  /** True when JSON null is a value this codec reads (an empty optional inside a map or list). */
  default boolean readsNull() {
    return false;
  }
}

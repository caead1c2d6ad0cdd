package org.sendfunding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import org.sendfunding.model.time.AcademicYear;
import org.sendfunding.model.time.FinancialYear;

/**
 * The codecs from which record descriptions are built: JSON scalars, values written by the mapper
 * (money, years, authorities, nested records), optionals, lists, sets and maps.
 *
 * <p>Forms: strings, whole numbers and booleans as JSON has them; {@code double} as a JSON number, or
 * the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"} (a statistic over no pupils is
 * NaN); {@code BigDecimal} as a decimal string with its scale ({@code "2.50"}); {@code MonthDay} as
 * {@code "--08-31"}; lists, sets as arrays; maps as objects keyed by the key's text.
 */
final class Codecs {

  private Codecs() {}

  static MismatchedInputException mismatch(DeserializationContext c, String message) {
    return MismatchedInputException.from(c.getParser(), Object.class, message);
  }

  /** Prefixes a nested failure with where it happened, keeping the original as the cause. */
  static MismatchedInputException within(DeserializationContext c, String where, JsonMappingException e) {
    MismatchedInputException x = mismatch(c, where + e.getOriginalMessage());
    x.initCause(e);
    return x;
  }

  static final Codec<String> STRING = new Codec<>() {
    @Override
    public void write(String value, JsonGenerator g) throws IOException {
      g.writeString(value);
    }

    @Override
    public String read(JsonNode node, DeserializationContext c) throws IOException {
      if (!node.isTextual()) {
        throw mismatch(c, "expected a string but was " + node.getNodeType() + " " + node);
      }
      return node.textValue();
    }
  };

  static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public void write(Boolean value, JsonGenerator g) throws IOException {
      g.writeBoolean(value);
    }

    @Override
    public Boolean read(JsonNode node, DeserializationContext c) throws IOException {
      if (!node.isBoolean()) {
        throw mismatch(c, "expected true or false but was " + node.getNodeType() + " " + node);
      }
      return node.booleanValue();
    }
  };

  static final Codec<Long> LONG = new Codec<>() {
    @Override
    public void write(Long value, JsonGenerator g) throws IOException {
      g.writeNumber(value);
    }

    @Override
    public Long read(JsonNode node, DeserializationContext c) throws IOException {
      if (!node.isIntegralNumber() || !node.canConvertToLong()) {
        throw mismatch(c, "expected a whole number but was " + node.getNodeType() + " " + node);
      }
      return node.longValue();
    }
  };

  static final Codec<Integer> INT = new Codec<>() {
    @Override
    public void write(Integer value, JsonGenerator g) throws IOException {
      g.writeNumber(value);
    }

    @Override
    public Integer read(JsonNode node, DeserializationContext c) throws IOException {
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        throw mismatch(c, "expected a whole number (int) but was " + node.getNodeType() + " " + node);
      }
      return node.intValue();
    }
  };

  static final Codec<Double> DOUBLE = new Codec<>() {
    @Override
    public void write(Double value, JsonGenerator g) throws IOException {
      if (Double.isFinite(value)) {
        g.writeNumber(value);
      } else {
        g.writeString(value.toString());
      }
    }

    @Override
    public Double read(JsonNode node, DeserializationContext c) throws IOException {
      if (node.isNumber()) {
        return node.doubleValue();
      }
      if (node.isTextual()) {
        switch (node.textValue()) {
          case "NaN": return Double.NaN;
          case "Infinity": return Double.POSITIVE_INFINITY;
          case "-Infinity": return Double.NEGATIVE_INFINITY;
          default: break;
        }
      }
      throw mismatch(c, "expected a number but was " + node.getNodeType() + " " + node);
    }
  };

  static final Codec<BigDecimal> DECIMAL = new Codec<>() {
    @Override
    public void write(BigDecimal value, JsonGenerator g) throws IOException {
      g.writeString(value.toPlainString());
    }

    @Override
    public BigDecimal read(JsonNode node, DeserializationContext c) throws IOException {
      String text = STRING.read(node, c);
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw mismatch(c, "expected a decimal string such as \"2.5\" but was \"" + text + "\"");
      }
    }
  };

  static final Codec<MonthDay> MONTH_DAY = new Codec<>() {
    @Override
    public void write(MonthDay value, JsonGenerator g) throws IOException {
      g.writeString(value.toString());
    }

    @Override
    public MonthDay read(JsonNode node, DeserializationContext c) throws IOException {
      String text = STRING.read(node, c);
      try {
        return MonthDay.parse(text);
      } catch (DateTimeParseException e) {
        throw mismatch(c, "expected a month and day such as \"--08-31\" but was \"" + text + "\"");
      }
    }
  };

  /** JSON as it stands (another writer's output, such as {@code ScenarioResult.toJson()}). */
  static final Codec<JsonNode> TREE = new Codec<>() {
    @Override
    public void write(JsonNode value, JsonGenerator g) throws IOException {
      g.writeTree(value);
    }

    @Override
    public JsonNode read(JsonNode node, DeserializationContext c) {
      return node;
    }
  };

  /** Empty is omitted from its object (the field is left out), present is the value's form. */
  static final Codec<OptionalInt> OPTIONAL_INT = new Codec<>() {
    @Override
    public void write(OptionalInt value, JsonGenerator g) throws IOException {
      g.writeNumber(value.getAsInt());
    }

    @Override
    public OptionalInt read(JsonNode node, DeserializationContext c) throws IOException {
      return OptionalInt.of(INT.read(node, c));
    }

    @Override
    public OptionalInt absent() {
      return OptionalInt.empty();
    }

    @Override
    public boolean omit(OptionalInt value) {
      return value.isEmpty();
    }
  };

  /** As {@link #OPTIONAL_INT}, for a count that may be unavailable. */
  static final Codec<OptionalLong> OPTIONAL_LONG = new Codec<>() {
    @Override
    public void write(OptionalLong value, JsonGenerator g) throws IOException {
      g.writeNumber(value.getAsLong());
    }

    @Override
    public OptionalLong read(JsonNode node, DeserializationContext c) throws IOException {
      return OptionalLong.of(LONG.read(node, c));
    }

    @Override
    public OptionalLong absent() {
      return OptionalLong.empty();
    }

    @Override
    public boolean omit(OptionalLong value) {
      return value.isEmpty();
    }
  };

  /** A type the mapper knows: money, years, dates, authorities, enums and every registered record. */
  static <V> Codec<V> value(Class<V> type) {
    return new Codec<>() {
      @Override
      public void write(V value, JsonGenerator g) throws IOException {
        g.writeObject(value);
      }

      @Override
      public V read(JsonNode node, DeserializationContext c) throws IOException {
        return c.readTreeAsValue(node, type);
      }
    };
  }

  /**
   * A shared instance without a data form of its own (bundled reference data, the default engine),
   * written as its name; any other instance is refused on writing, so nothing is silently replaced.
   */
  static <V> Codec<V> named(String name, V instance) {
    return new Codec<>() {
      @Override
      public void write(V value, JsonGenerator g) throws IOException {
        if (value != instance) {
          throw new com.fasterxml.jackson.databind.JsonMappingException(g,
              "only " + name + " can be written as JSON, not " + value);
        }
        g.writeString(name);
      }

      @Override
      public V read(JsonNode node, DeserializationContext c) throws IOException {
        String text = STRING.read(node, c);
        if (!text.equals(name)) {
          throw mismatch(c, "expected \"" + name + "\" but was \"" + text + "\"");
        }
        return instance;
      }
    };
  }

  /** An optional: omitted from its object when empty; JSON null inside a list or map. */
  static <V> Codec<Optional<V>> optional(Codec<V> element) {
    return new Codec<>() {
      @Override
      public void write(Optional<V> value, JsonGenerator g) throws IOException {
        if (value.isPresent()) {
          element.write(value.get(), g);
        } else {
          g.writeNull();
        }
      }

      @Override
      public Optional<V> read(JsonNode node, DeserializationContext c) throws IOException {
        return node.isNull() ? Optional.empty() : Optional.of(element.read(node, c));
      }

      @Override
      public Optional<V> absent() {
        return Optional.empty();
      }

      @Override
      public boolean omit(Optional<V> value) {
        return value.isEmpty();
      }

      @Override
      public boolean readsNull() {
        return true;
      }
    };
  }

  /** A list as a JSON array, always written (empty as {@code []}); missing reads as empty. */
  static <V> Codec<ImmutableList<V>> list(Codec<V> element) {
    return new Codec<>() {
      @Override
      public void write(ImmutableList<V> value, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (V v : value) {
          element.write(v, g);
        }
        g.writeEndArray();
      }

      @Override
      public ImmutableList<V> read(JsonNode node, DeserializationContext c) throws IOException {
        if (!node.isArray()) {
          throw mismatch(c, "expected an array but was " + node.getNodeType());
        }
        ImmutableList.Builder<V> out = ImmutableList.builderWithExpectedSize(node.size());
        for (int i = 0; i < node.size(); i++) {
          out.add(element(element, node.get(i), c, "[" + i + "]: "));
        }
        return out.build();
      }

      @Override
      public ImmutableList<V> absent() {
        return ImmutableList.of();
      }
    };
  }

  /** A set as a JSON array in the set's order; a repeated element is refused. */
  static <V> Codec<ImmutableSet<V>> set(Codec<V> element) {
    Codec<ImmutableList<V>> list = list(element);
    return new Codec<>() {
      @Override
      public void write(ImmutableSet<V> value, JsonGenerator g) throws IOException {
        list.write(value.asList(), g);
      }

      @Override
      public ImmutableSet<V> read(JsonNode node, DeserializationContext c) throws IOException {
        ImmutableList<V> values = list.read(node, c);
        ImmutableSet<V> set = ImmutableSet.copyOf(values);
        if (set.size() != values.size()) {
          throw mismatch(c, "repeated element in a set " + values);
        }
        return set;
      }

      @Override
      public ImmutableSet<V> absent() {
        return ImmutableSet.of();
      }
    };
  }

  /** A map as a JSON object in the map's order; missing reads as empty. */
  static <K, V> Codec<ImmutableMap<K, V>> map(KeyCodec<K> keys, Codec<V> values) {
    return new Codec<>() {
      @Override
      public void write(ImmutableMap<K, V> value, JsonGenerator g) throws IOException {
        writeMap(value, keys, values, g);
      }

      @Override
      public ImmutableMap<K, V> read(JsonNode node, DeserializationContext c) throws IOException {
        return ImmutableMap.copyOf(readMap(node, c, keys, values));
      }

      @Override
      public ImmutableMap<K, V> absent() {
        return ImmutableMap.of();
      }
    };
  }

  /** A sorted map (keys in natural order) as a JSON object; missing reads as empty. */
  static <K extends Comparable<? super K>, V> Codec<ImmutableSortedMap<K, V>> sortedMap(KeyCodec<K> keys, Codec<V> values) {
    return new Codec<>() {
      @Override
      public void write(ImmutableSortedMap<K, V> value, JsonGenerator g) throws IOException {
        writeMap(value, keys, values, g);
      }

      @Override
      public ImmutableSortedMap<K, V> read(JsonNode node, DeserializationContext c) throws IOException {
        return ImmutableSortedMap.copyOf(readMap(node, c, keys, values));
      }

      @Override
      public ImmutableSortedMap<K, V> absent() {
        return ImmutableSortedMap.of();
      }
    };
  }

  private static <K, V> void writeMap(Map<K, V> value, KeyCodec<K> keys, Codec<V> values, JsonGenerator g)
      throws IOException {
    g.writeStartObject();
    for (Map.Entry<K, V> e : value.entrySet()) {
      g.writeFieldName(keys.write(e.getKey()));
      values.write(e.getValue(), g);
    }
    g.writeEndObject();
  }

  private static <K, V> Map<K, V> readMap(JsonNode node, DeserializationContext c, KeyCodec<K> keys,
      Codec<V> values) throws IOException {
    if (!node.isObject()) {
      throw mismatch(c, "expected an object but was " + node.getNodeType());
    }
    Map<K, V> out = new java.util.LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      K key;
      try {
        key = keys.read(e.getKey(), c);
      } catch (IllegalArgumentException | DateTimeParseException x) {
        throw mismatch(c, "bad key '" + e.getKey() + "': " + x.getMessage());
      }
      out.put(key, element(values, e.getValue(), c, "['" + e.getKey() + "']: "));
    }
    return out;
  }

  private static <V> V element(Codec<V> codec, JsonNode node, DeserializationContext c, String where)
      throws IOException {
    if (node.isNull() && !codec.readsNull()) {
      throw mismatch(c, where + "null is not allowed here");
    }
    try {
      return codec.read(node, c);
    } catch (JsonMappingException e) {
      throw within(c, where, e);
    }
  }

  // ---- map keys ----

  static final KeyCodec<String> STRING_KEY = parsedKey(name -> name);
  static final KeyCodec<Integer> INT_KEY = parsedKey(Integer::valueOf);
  static final KeyCodec<FinancialYear> FINANCIAL_YEAR_KEY = parsedKey(FinancialYear::parse);
  static final KeyCodec<AcademicYear> ACADEMIC_YEAR_KEY = parsedKey(AcademicYear::parse);
  static final KeyCodec<LocalDate> DATE_KEY = parsedKey(LocalDate::parse);

  /**
   * A key written as its {@code toString()} and read back by {@code parse}, which throws
   * {@code IllegalArgumentException} (or {@code DateTimeParseException}) for a bad name: every key type
   * here prints in exactly the form it parses.
   */
  private static <K> KeyCodec<K> parsedKey(Function<String, K> parse) {
    return new KeyCodec<>() {
      @Override
      public String write(K key) {
        return key.toString();
      }

      @Override
      public K read(String name, DeserializationContext c) {
        return parse.apply(name);
      }
    };
  }

  /** Enum constants by name ({@code "ASD"}), as enums are everywhere else. */
  static <E extends Enum<E>> KeyCodec<E> enumKey(Class<E> type) {
    return new KeyCodec<>() {
      @Override
      public String write(E key) {
        return key.name();
      }

      @Override
      public E read(String name, DeserializationContext c) {
        return Enum.valueOf(type, name);
      }
    };
  }
}

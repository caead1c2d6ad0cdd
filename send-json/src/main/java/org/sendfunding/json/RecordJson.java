package org.sendfunding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A declarative, reflection-free description of how one value type is written as a JSON object and
 * read back: its fields in order, each with a name, the accessor that reads it, a {@link Codec}, and
 * the builder setter (or factory argument) that sets it.
 *
 * <pre>{@code
 * RecordJson.builder(Band.class, Band::builder, Band.Builder::build)
 *     .field("id", Band::id, Codecs.STRING, Band.Builder::id)
 *     .field("amount", Band::amount, Codecs.optional(MONEY), Band.Builder::amount)
 *     .register(module);
 * }</pre>
 *
 * <p>Reading refuses fields the description does not name, reports a missing required field by name,
 * prefixes a nested failure with the field it happened in, and turns the value's own validation
 * ({@code IllegalArgumentException}, {@code IllegalStateException}, {@code NullPointerException}
 * from its builder or factory) into a {@code JsonMappingException} naming the type. Derived fields
 * (totals) are written for readers and, when present on reading, must equal what the other fields
 * give.
 *
 * <p>Instances are built once while a module is assembled and are not shared afterwards.
 *
 * @param <T> the value type
 * @param <B> its builder (or {@link Args} for a factory)
 */
final class RecordJson<T, B> {

  private final Class<T> type;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Field<?>> fields = new ArrayList<>();

  private RecordJson(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
    this.type = type;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  /** A type with a public builder. */
  static <T, B> RecordJson<T, B> builder(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
    return new RecordJson<>(type, newBuilder, build);
  }

  /** A type made by a factory: fields declared with {@link #arg} are read into {@link Args}. */
  static <T> RecordJson<T, Args> factory(Class<T> type, Function<Args, T> create) {
    return new RecordJson<>(type, Args::new, create);
  }

  /**
   * A type written for readers but not read back, because its value cannot be rebuilt from what it
   * shows; reading fails naming the type and saying how to get the value instead. Declare its fields
   * with {@link #derived}.
   */
  static <T> RecordJson<T, Args> writeOnly(Class<T> type, String howToGetIt) {
    return new RecordJson<>(type, Args::new, a -> {
      throw new IllegalStateException("is written for readers but cannot be read back: " + howToGetIt);
    });
  }

  /** A field set through the builder. */
  <V> RecordJson<T, B> field(String name, Function<? super T, ? extends V> getter, Codec<V> codec,
      BiConsumer<B, V> setter) {
    fields.add(new Field<>(name, getter, codec, setter, false));
    return this;
  }

  /** A field passed to the factory, read back with {@code args.get(name)}. */
  <V> RecordJson<T, B> arg(String name, Function<? super T, ? extends V> getter, Codec<V> codec) {
    fields.add(new Field<V>(name, getter, codec, (b, v) -> ((Args) b).put(name, v), false));
    return this;
  }

  /** A figure the other fields determine: written for readers, checked when present on reading. */
  <V> RecordJson<T, B> derived(String name, Function<? super T, ? extends V> getter, Codec<V> codec) {
    fields.add(new Field<V>(name, getter, codec, null, true));
    return this;
  }

  /** Adds the serializer and deserializer to a module. */
  void register(SimpleModule module) {
    Set<String> names = new LinkedHashSet<>();
    for (Field<?> f : fields) {
      if (!names.add(f.name)) {
        throw new IllegalArgumentException(type.getSimpleName() + ": field '" + f.name + "' described twice");
      }
    }
    module.addSerializer(type, new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        for (Field<?> f : fields) {
          f.write(value, g);
        }
        g.writeEndObject();
      }
    });
    module.addDeserializer(type, new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
        return read(c.readTree(p), c, names);
      }
    });
  }

  private T read(JsonNode node, DeserializationContext c, Set<String> names) throws IOException {
    if (!node.isObject()) {
      throw fail(c, "expected a JSON object but was " + node.getNodeType() + " " + abbreviate(node));
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        throw fail(c, "unknown field '" + name + "' (known: " + names + ")");
      }
    }
    B builder = newBuilder.get();
    for (Field<?> f : fields) {
      if (!f.derived) {
        f.set(builder, node, c);
      }
    }
    T value;
    try {
      value = build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      // the value's own checks: @Value.Check, required attributes, factory preconditions
      throw fail(c, String.valueOf(e.getMessage()));
    }
    for (Field<?> f : fields) {
      if (f.derived) {
        f.check(value, node, c);
      }
    }
    return value;
  }

  private MismatchedInputException fail(DeserializationContext c, String message) {
    return MismatchedInputException.from(c.getParser(), type, type.getSimpleName() + ": " + message);
  }

  private static String abbreviate(JsonNode node) {
    String s = node.toString();
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }

  /** One field: name, accessor, codec and setter (null for a derived field). */
  private final class Field<V> {
    final String name;
    final Function<? super T, ? extends V> getter;
    final Codec<V> codec;
    final BiConsumer<B, V> setter;
    final boolean derived;

    Field(String name, Function<? super T, ? extends V> getter, Codec<V> codec, BiConsumer<B, V> setter,
        boolean derived) {
      this.name = name;
      this.getter = getter;
      this.codec = codec;
      this.setter = setter;
      this.derived = derived;
    }

    void write(T value, JsonGenerator g) throws IOException {
      V v = getter.apply(value);
      if (!codec.omit(v)) {
        g.writeFieldName(name);
        codec.write(v, g);
      }
    }

    V readField(JsonNode node, DeserializationContext c) throws IOException {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        return codec.absent();
      }
      try {
        return codec.read(v, c);
      } catch (JsonMappingException e) {
        MismatchedInputException x = fail(c, "field '" + name + "': " + e.getOriginalMessage());
        x.initCause(e);
        throw x;
      }
    }

    void set(B builder, JsonNode node, DeserializationContext c) throws IOException {
      V v = readField(node, c);
      if (v == null) {
        throw fail(c, "field '" + name + "' is missing");
      }
      setter.accept(builder, v);
    }

    void check(T value, JsonNode node, DeserializationContext c) throws IOException {
      if (node.get(name) == null) {
        return;
      }
      V written = readField(node, c);
      V computed = getter.apply(value);
      if (written != null && !written.equals(computed)) {
        throw fail(c, "field '" + name + "' is " + written + " but the other fields give " + computed);
      }
    }
  }

  /** The arguments of a factory, by field name. */
  static final class Args {
    private final Map<String, Object> values = new HashMap<>();

    void put(String name, Object value) {
      values.put(name, value);
    }

    /** The value read for a field; the caller's target type says what it is. */
    @SuppressWarnings("unchecked")
    <V> V get(String name) {
      return (V) values.get(name);
    }
  }
}

package org.sendfunding.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;

/**
 * How a map key is written as a JSON field name and read back ({@code "2025-26"}, {@code "ASD"},
 * {@code "202"}).
 *
 * @param <K> the key type
 */
interface KeyCodec<K> {

  /** The field name for a key. */
  String write(K key);

  /** The key a field name names; throws {@code IllegalArgumentException} for a bad name. */
  K read(String name, DeserializationContext c) throws IOException;
}

package org.sendfunding.ehcp.source;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Opens a reference file as UTF-8 text, refusing it whole if it is larger than its limit, so that a
 * hostile or mistaken file fails clearly before any line is parsed.
 *
 * <pre>{@code
 * try (BufferedReader r = ReferenceText.open(in, "Bank holidays", "holidays.csv", 1024 * 1024)) {
 *   ... // parse line by line
 * }
 * // a 2 MiB file: IllegalArgumentException "Bank holidays holidays.csv: more than the limit of 1048576 bytes"
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ReferenceText {

  private ReferenceText() {}

  /**
   * Reads at most {@code maxBytes} from {@code in} and returns a reader over them.
   *
   * @param in the data
   * @param kind what the file holds, e.g. "Bank holidays", for messages
   * @param what the file's name, for messages
   * @param maxBytes the largest file accepted
   * @return a reader over the whole file
   * @throws IllegalArgumentException naming the file if it is over the limit
   * @throws UncheckedIOException if the data cannot be read
   */
  public static BufferedReader open(InputStream in, String kind, String what, int maxBytes) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + what, e);
    }
    if (bytes.length > maxBytes) {
      throw new IllegalArgumentException(kind + " " + what + ": more than the limit of " + maxBytes + " bytes");
    }
    return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
  }
}

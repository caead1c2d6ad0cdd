package org.sendfunding.model.input;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a whole text input file (YAML, JSON, properties) under the same rules as {@link CsvFile}: a
 * size limit checked before anything is parsed, strict UTF-8, a UTF-8 byte-order mark dropped, a
 * UTF-16 or UTF-32 one (or any byte that is not UTF-8) refused with a located {@link Problem} saying to
 * save the file as UTF-8. Line ends are left as they are.
 *
 * <pre>{@code
 * String yaml = InputText.read(Path.of("overlay.yaml"), 1 << 20);     // at most 1 MiB
 * String props = InputText.read(in, "statutory-periods.properties", 1 << 20);
 * // a Windows-1252 file: InputException "1 problem in overlay.yaml:\n  line 3 ('byte 0xA3'): the file is not UTF-8 ..."
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class InputText {

  private static final String SAVE_AS = "save it as UTF-8 (in most editors: Save As, Encoding UTF-8) and try again";

  private InputText() {}

  /**
   * Reads a file whole.
   *
   * @param path the file; its name as given is the source in problems
   * @param maxBytes the most bytes it may have
   * @return the text, without a byte-order mark
   * @throws InputException if the file is missing, a folder, unreadable, too large or not UTF-8
   */
  public static String read(Path path, long maxBytes) {
    return CsvFile.decode(CsvFile.readBytes(path, path.toString(), maxBytes), path.toString(), SAVE_AS);
  }

  /**
   * Reads a stream whole; the caller closes it.
   *
   * @param in the bytes
   * @param source the name problems give
   * @param maxBytes the most bytes it may have
   * @return the text, without a byte-order mark
   * @throws InputException if the stream is unreadable, too large or not UTF-8
   */
  public static String read(InputStream in, String source, long maxBytes) {
    return CsvFile.decode(CsvFile.readBytes(in, source, maxBytes), source, SAVE_AS);
  }

  /**
   * Decodes bytes already read.
   *
   * @param bytes the bytes
   * @param source the name problems give
   * @return the text, without a byte-order mark
   * @throws InputException if the bytes are not UTF-8
   */
  public static String decode(byte[] bytes, String source) {
    return CsvFile.decode(bytes, source, SAVE_AS);
  }
}

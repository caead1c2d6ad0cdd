package org.sendfunding.ehcp.source;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.StringReader;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.InputText;

/**
 * Opens a reference file as UTF-8 text, refusing it whole if it is larger than its limit, so that a
 * hostile or mistaken file fails clearly before any line is parsed.
 *
 * <pre>{@code
 * try (BufferedReader r = ReferenceText.open(in, "Bank holidays", "holidays.csv", 1024 * 1024)) {
 *   ... // parse line by line
 * }
 * // a 2 MiB file: InputException "1 problem in holidays.csv:\n  larger than the limit of 1048576 bytes"
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 *
 * @deprecated the EHCP loaders now read through {@code org.sendfunding.model.input} ({@link CsvFile}
 *     for CSV, {@link InputText} for other text), which also drops a byte-order mark and refuses text
 *     that is not UTF-8; use those. This class delegates to {@link InputText} and goes in the next
 *     release.
 */
@Deprecated
public final class ReferenceText {

  private ReferenceText() {}

  /**
   * Reads at most {@code maxBytes} from {@code in} and returns a reader over them.
   *
   * @param in the data
   * @param kind what the file holds, e.g. "Bank holidays" (no longer used in messages)
   * @param what the file's name, for messages
   * @param maxBytes the largest file accepted
   * @return a reader over the whole file, without a byte-order mark
   * @throws InputException naming the file if it is over the limit or not UTF-8
   */
  public static BufferedReader open(InputStream in, String kind, String what, int maxBytes) {
    return new BufferedReader(new StringReader(InputText.read(in, what, maxBytes)));
  }
}

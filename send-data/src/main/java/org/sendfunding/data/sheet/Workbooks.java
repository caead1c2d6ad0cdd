package org.sendfunding.data.sheet;

import java.nio.file.Path;
import java.util.Locale;
import org.sendfunding.data.archive.ArchiveLimits;
import org.sendfunding.data.archive.SafeZip;
import org.sendfunding.data.archive.ZipContents;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

/**
 * Opens an ODS or XLSX file by its contents (an ODS has {@code content.xml}, an XLSX
 * {@code xl/workbook.xml}), under {@link ArchiveLimits#DEFAULT} and {@link #DEFAULT_MAX_CELLS}.
 *
 * <pre>{@code
 * Workbook book = Workbooks.read(Path.of("Outturn_data_202122.xlsx"));
 * }</pre>
 *
 * <p>A binary {@code .xls} (BIFF) workbook is refused with a message saying so: there is no BIFF
 * reader here. This class is stateless and thread-safe.
 */
public final class Workbooks {

  /** Most cells all sheets of a workbook may hold: 10 million (DfE's largest table has ~30,000). */
  public static final long DEFAULT_MAX_CELLS = 10_000_000L;

  private Workbooks() {}

  /** Reads a workbook file under the default limits. */
  public static Workbook read(Path path) {
    return read(path, ArchiveLimits.DEFAULT, DEFAULT_MAX_CELLS);
  }

  /**
   * Reads a workbook file.
   *
   * @throws InputException if it is not an ODS or XLSX workbook within the limits
   */
  public static Workbook read(Path path, ArchiveLimits limits, long maxCells) {
    String name = String.valueOf(path.getFileName());
    if (name.toLowerCase(Locale.ROOT).endsWith(".xls")) {
      throw InputException.of(Problem.file(name, "a binary .xls (BIFF) workbook: not read here; "
          + "save it as .ods or .xlsx"));
    }
    return read(SafeZip.read(path, limits), maxCells);
  }

  /** Reads the workbook in an archive already read. */
  public static Workbook read(ZipContents zip, long maxCells) {
    if (zip.contains("content.xml")) {
      return OdsReader.read(zip, maxCells);
    }
    if (zip.contains("xl/workbook.xml")) {
      return XlsxReader.read(zip, maxCells);
    }
    throw InputException.of(Problem.file(zip.source(), "neither an ODS nor an XLSX workbook "
        + "(no content.xml, no xl/workbook.xml)"));
  }
}

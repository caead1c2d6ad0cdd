package org.sendfunding.data.sheet;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.sendfunding.data.archive.ArchiveLimits;
import org.sendfunding.data.archive.SafeZip;
import org.sendfunding.data.archive.TestZips;

/** Small hand-made ODS workbooks for tests. */
public final class OdsFixtures {

  private OdsFixtures() {}

  /** A text cell. */
  public static String text(String t) {
    return t.isEmpty() ? "<table:table-cell/>"
        : "<table:table-cell office:value-type=\"string\"><text:p>" + t + "</text:p></table:table-cell>";
  }

  /** A number cell. */
  public static String number(String v) {
    return "<table:table-cell office:value-type=\"float\" office:value=\"" + v + "\"><text:p>" + v
        + "</text:p></table:table-cell>";
  }

  /** A workbook of one sheet. */
  public static Workbook workbook(String source, String sheet, String rows) {
    return workbookOf(source, "<table:table table:name=\"" + sheet + "\">" + rows + "</table:table>");
  }

  /** A workbook of the given table elements. */
  public static Workbook workbookOf(String source, String tables) {
    byte[] zip = TestZips.zip(Map.of("content.xml",
        TestZips.utf8(OdsReaderTest.HEAD + tables + OdsReaderTest.TAIL)));
    return Workbooks.read(SafeZip.read(new ByteArrayInputStream(zip), source, ArchiveLimits.DEFAULT),
        Workbooks.DEFAULT_MAX_CELLS);
  }
}

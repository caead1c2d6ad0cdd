package org.sendfunding.data.sheet;

import com.google.common.collect.ImmutableMap;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sendfunding.data.archive.ZipContents;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

/**
 * Reads an OpenDocument spreadsheet's {@code content.xml}: {@code table:table} sheets of
 * {@code table:table-row}s of {@code table:table-cell}s, with their
 * {@code number-rows-repeated}/{@code number-columns-repeated} counts, numbers from
 * {@code office:value}, text from the {@code text:p} paragraphs (joined by line breaks, with
 * {@code text:s} spaces and tabs restored); a cell LibreOffice marks {@code calcext:value-type="error"}
 * is a formula error.
 *
 * <pre>{@code
 * Workbook book = OdsReader.read(SafeZip.read(path, ArchiveLimits.DEFAULT), Workbooks.DEFAULT_MAX_CELLS);
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class OdsReader {

  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  /** LibreOffice's extension namespace: {@code calcext:value-type="error"} marks a formula error. */
  static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

  private OdsReader() {}

  /**
   * The workbook in an ODS archive.
   *
   * @param zip the archive, read under its limits
   * @param maxCells most cells all sheets may hold
   * @return the sheets
   * @throws InputException if content.xml is missing or malformed, or a bound is broken
   */
  public static Workbook read(ZipContents zip, long maxCells) {
    String source = zip.source();
    if (!zip.contains("content.xml")) {
      throw InputException.of(Problem.file(source, "not an ODS spreadsheet: no content.xml"));
    }
    Map<String, Sheet> sheets = new LinkedHashMap<>();
    try (InputStream in = zip.open("content.xml")) {
      XMLStreamReader x = Xml.reader(in);
      long[] budget = {maxCells};
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && TABLE.equals(x.getNamespaceURI())
            && "table".equals(x.getLocalName())) {
          String name = x.getAttributeValue(TABLE, "name");
          Sheet sheet = table(x, source + "!" + name, name, budget);
          if (sheets.putIfAbsent(name, sheet) != null) {
            throw InputException.of(Problem.file(source, "two sheets named '" + name + "'"));
          }
        }
      }
    } catch (XMLStreamException | java.io.IOException e) {
      throw InputException.of(Problem.file(source, "content.xml is not well-formed XML: "
          + e.getMessage()));
    }
    return new Workbook(source, ImmutableMap.copyOf(sheets));
  }

  private static Sheet table(XMLStreamReader x, String source, String name, long[] budget)
      throws XMLStreamException {
    SheetBuilder b = new SheetBuilder(source, budget[0]);
    int row = 0;
    int rowTimes = 1;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT && TABLE.equals(x.getNamespaceURI())) {
        switch (x.getLocalName()) {
          case "table-row":
            rowTimes = repeat(x, "number-rows-repeated", source);
            b.startRow(row);
            break;
          case "table-cell":
          case "covered-table-cell":
            int times = repeat(x, "number-columns-repeated", source);
            int column = b.nextColumn();
            b.cell(column, cell(x, source), times);
            break;
          default:
            break;
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && TABLE.equals(x.getNamespaceURI())) {
        if ("table-row".equals(x.getLocalName())) {
          b.endRow(rowTimes);
          row += rowTimes;
        } else if ("table".equals(x.getLocalName())) {
          Sheet sheet = b.build(name);
          return sheet;
        }
      }
    }
    throw InputException.of(Problem.file(source, "the sheet is not closed"));
  }

  /** Reads one cell element to its end. */
  private static Cell cell(XMLStreamReader x, String source) throws XMLStreamException {
    String type = x.getAttributeValue(OFFICE, "value-type");
    String value = x.getAttributeValue(OFFICE, "value");
    String bool = x.getAttributeValue(OFFICE, "boolean-value");
    boolean error = "error".equals(x.getAttributeValue(CALCEXT, "value-type"));
    String text = text(x);
    if (error) {
      return Cell.error(text.isEmpty() ? "#N/A" : text);
    }
    if (type == null) {
      return Cell.text(text);
    }
    switch (type) {
      case "float":
      case "percentage":
      case "currency":
        try {
          return Cell.number(value == null ? text : value);
        } catch (NumberFormatException e) {
          throw InputException.of(Problem.of(source, 0, "", String.valueOf(value),
              "a number cell whose value is not a number"));
        }
      case "boolean":
        return Cell.number("true".equals(bool) ? "1" : "0");
      default:
        return Cell.text(text);
    }
  }

  /** The paragraphs of the cell being read, consuming it to its end tag. */
  private static String text(XMLStreamReader x) throws XMLStreamException {
    StringBuilder b = new StringBuilder();
    int depth = 1;
    int paragraphs = 0;
    while (depth > 0) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (TEXT.equals(x.getNamespaceURI())) {
          switch (x.getLocalName()) {
            case "p":
              if (paragraphs++ > 0) {
                b.append('\n');
              }
              break;
            case "s":
              String c = x.getAttributeValue(TEXT, "c");
              int n = c == null ? 1 : Math.min(Integer.parseInt(c.trim()), 1000);
              b.append(" ".repeat(Math.max(n, 0)));
              break;
            case "tab":
              b.append('\t');
              break;
            case "line-break":
              b.append('\n');
              break;
            default:
              break;
          }
        } else if (OFFICE.equals(x.getNamespaceURI()) && "annotation".equals(x.getLocalName())) {
          Xml.skip(x); // a comment on the cell is not its value
          depth--;
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        if (depth > 1) {
          b.append(x.getText());
        }
      }
    }
    return b.toString();
  }

  private static int repeat(XMLStreamReader x, String attribute, String source) {
    String v = x.getAttributeValue(TABLE, attribute);
    if (v == null) {
      return 1;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw InputException.of(Problem.of(source, 0, attribute, v, "not a positive whole number"));
    }
  }
}

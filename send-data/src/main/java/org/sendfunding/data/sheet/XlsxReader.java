package org.sendfunding.data.sheet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sendfunding.data.archive.ZipContents;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

/**
 * Reads an Office Open XML workbook: {@code xl/workbook.xml} for the sheet names, its
 * relationships for each sheet's part, {@code xl/sharedStrings.xml} for text, and each sheet's
 * {@code c} cells by their {@code r} reference ({@code AB12}); cell types {@code s} (shared string),
 * {@code inlineStr}, {@code str} (formula text), {@code b}, {@code e} (error) and numbers.
 *
 * <pre>{@code
 * Workbook book = XlsxReader.read(SafeZip.read(path, ArchiveLimits.DEFAULT), Workbooks.DEFAULT_MAX_CELLS);
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class XlsxReader {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

  private XlsxReader() {}

  /**
   * The workbook in an XLSX archive.
   *
   * @param zip the archive, read under its limits
   * @param maxCells most cells all sheets may hold
   * @return the sheets, in workbook order
   * @throws InputException if a part is missing or malformed, or a bound is broken
   */
  public static Workbook read(ZipContents zip, long maxCells) {
    String source = zip.source();
    if (!zip.contains("xl/workbook.xml")) {
      throw InputException.of(Problem.file(source, "not an XLSX workbook: no xl/workbook.xml"));
    }
    try {
      List<String[]> sheetIds = sheets(zip);
      Map<String, String> targets = relationships(zip);
      List<String> strings = zip.contains("xl/sharedStrings.xml") ? sharedStrings(zip, maxCells)
          : ImmutableList.of();
      Map<String, Sheet> sheets = new LinkedHashMap<>();
      for (String[] s : sheetIds) {
        String target = targets.get(s[1]);
        if (target == null) {
          throw InputException.of(Problem.file(source, "sheet '" + s[0] + "' has no part"));
        }
        String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
        if (!zip.contains(part)) {
          throw InputException.of(Problem.file(source, "sheet '" + s[0] + "': no part " + part));
        }
        if (sheets.containsKey(s[0])) {
          throw InputException.of(Problem.file(source, "two sheets named '" + s[0] + "'"));
        }
        sheets.put(s[0], sheet(zip, part, s[0], strings, maxCells));
      }
      return new Workbook(source, ImmutableMap.copyOf(sheets));
    } catch (XMLStreamException | IOException e) {
      throw InputException.of(Problem.file(source, "a workbook part is not well-formed XML: "
          + e.getMessage()));
    }
  }

  private static boolean main(XMLStreamReader x, String local) {
    return local.equals(x.getLocalName())
        && (MAIN.equals(x.getNamespaceURI()) || STRICT_MAIN.equals(x.getNamespaceURI()));
  }

  /** [name, relationship id] of each sheet, in order. */
  private static List<String[]> sheets(ZipContents zip) throws XMLStreamException, IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = zip.open("xl/workbook.xml")) {
      XMLStreamReader x = Xml.reader(in);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && main(x, "sheet")) {
          String id = x.getAttributeValue(REL, "id");
          if (id == null) {
            id = x.getAttributeValue(STRICT_REL, "id");
          }
          out.add(new String[] {x.getAttributeValue(null, "name"), id});
        }
      }
    }
    return out;
  }

  private static Map<String, String> relationships(ZipContents zip)
      throws XMLStreamException, IOException {
    Map<String, String> out = new HashMap<>();
    String part = "xl/_rels/workbook.xml.rels";
    if (!zip.contains(part)) {
      throw InputException.of(Problem.file(zip.source(), "not an XLSX workbook: no " + part));
    }
    try (InputStream in = zip.open(part)) {
      XMLStreamReader x = Xml.reader(in);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(x.getLocalName())) {
          out.put(x.getAttributeValue(null, "Id"), x.getAttributeValue(null, "Target"));
        }
      }
    }
    return out;
  }

  private static List<String> sharedStrings(ZipContents zip, long maxCells)
      throws XMLStreamException, IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = zip.open("xl/sharedStrings.xml")) {
      XMLStreamReader x = Xml.reader(in);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && main(x, "si")) {
          out.add(richText(x, "si"));
          if (out.size() > maxCells) {
            throw InputException.of(Problem.file(zip.source() + "!xl/sharedStrings.xml",
                "more than " + maxCells + " shared strings; refused"));
          }
        }
      }
    }
    return out;
  }

  /** The text of {@code t} elements within the element just started, phonetic runs left out. */
  private static String richText(XMLStreamReader x, String end) throws XMLStreamException {
    StringBuilder b = new StringBuilder();
    boolean inText = false;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (main(x, "rPh")) {
          Xml.skip(x);
        } else if (main(x, "t")) {
          inText = true;
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        if (main(x, "t")) {
          inText = false;
        } else if (main(x, end)) {
          break;
        }
      } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
        b.append(x.getText());
      }
    }
    return b.toString();
  }

  private static Sheet sheet(ZipContents zip, String part, String name, List<String> strings,
      long maxCells) throws XMLStreamException, IOException {
    String source = zip.source() + "!" + name;
    SheetBuilder b = new SheetBuilder(source, maxCells);
    try (InputStream in = zip.open(part)) {
      XMLStreamReader x = Xml.reader(in);
      int nextRow = 0;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT && main(x, "row")) {
          String r = x.getAttributeValue(null, "r");
          int row = r == null ? nextRow : parseIndex(r, source) - 1;
          b.startRow(row);
          nextRow = row + 1;
        } else if (ev == XMLStreamConstants.START_ELEMENT && main(x, "c")) {
          String ref = x.getAttributeValue(null, "r");
          int column = ref == null ? b.nextColumn() : column(ref, source);
          String type = x.getAttributeValue(null, "t");
          b.cell(column, cell(x, type, strings, source, ref), 1);
        } else if (ev == XMLStreamConstants.END_ELEMENT && main(x, "row")) {
          b.endRow(1);
        }
      }
    }
    return b.build(name);
  }

  private static Cell cell(XMLStreamReader x, String type, List<String> strings, String source,
      String ref) throws XMLStreamException {
    String value = null;
    String inline = null;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (main(x, "v")) {
          value = x.getElementText();
        } else if (main(x, "is")) {
          inline = richText(x, "is");
        } else {
          Xml.skip(x); // a formula (f) or extension: the cached value v is what was published
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && main(x, "c")) {
        break;
      }
    }
    String t = type == null ? "n" : type;
    switch (t) {
      case "s":
        try {
          int i = Integer.parseInt(String.valueOf(value).trim());
          if (i < 0 || i >= strings.size()) {
            throw new NumberFormatException();
          }
          return Cell.text(strings.get(i));
        } catch (NumberFormatException e) {
          throw InputException.of(Problem.of(source, 0, String.valueOf(ref), String.valueOf(value),
              "not a shared string index"));
        }
      case "inlineStr":
        return Cell.text(inline == null ? "" : inline);
      case "str":
        return Cell.text(value == null ? "" : value);
      case "e":
        return Cell.error(value == null ? "#N/A" : value);
      case "b":
        return Cell.number("1".equals(value) ? "1" : "0");
      default:
        if (value == null || value.isBlank()) {
          return Cell.EMPTY;
        }
        try {
          return Cell.number(value);
        } catch (NumberFormatException e) {
          throw InputException.of(Problem.of(source, 0, String.valueOf(ref), value,
              "a number cell whose value is not a number"));
        }
    }
  }

  /** 0-based column of a reference such as {@code AB12}. */
  static int column(String ref, String source) {
    int c = 0;
    int i = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
      char ch = Character.toUpperCase(ref.charAt(i));
      if (ch < 'A' || ch > 'Z' || i >= 3) {
        break;
      }
      c = c * 26 + (ch - 'A' + 1);
      i++;
    }
    if (i == 0 || c > SheetBuilder.MAX_COLUMNS) {
      throw InputException.of(Problem.of(source, 0, "", ref, "not a cell reference"));
    }
    return c - 1;
  }

  private static int parseIndex(String r, String source) {
    try {
      int n = Integer.parseInt(r.trim());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw InputException.of(Problem.of(source, 0, "", r, "not a row number"));
    }
  }
}

package org.sendfunding.data.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendfunding.data.archive.TestZips.utf8;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendfunding.data.archive.ArchiveLimits;
import org.sendfunding.data.archive.SafeZip;
import org.sendfunding.data.archive.TestZips;
import org.sendfunding.model.input.InputException;

class OdsReaderTest {

  static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
      + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
      + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
      + " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\">"
      + "<office:body><office:spreadsheet>";
  static final String TAIL = "</office:spreadsheet></office:body></office:document-content>";

  static Workbook ods(String tables) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("mimetype", utf8("application/vnd.oasis.opendocument.spreadsheet"));
    entries.put("content.xml", utf8(HEAD + tables + TAIL));
    return Workbooks.read(SafeZip.read(new ByteArrayInputStream(TestZips.zip(entries)), "test.ods",
        ArchiveLimits.DEFAULT), Workbooks.DEFAULT_MAX_CELLS);
  }

  @Test
  void repeated_cells_and_rows_expand_where_they_hold_data_and_padding_does_not() {
    Workbook book = ods("<table:table table:name=\"High_needs_block\">"
        + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>LA<text:s text:c=\"2\"/>code</text:p>"
        + "<text:p>(DfE)</text:p></table:table-cell>"
        + "<table:table-cell table:number-columns-repeated=\"2\"/>"
        + "<table:table-cell office:value-type=\"float\" office:value=\"4830.86\"><text:p>4,830.86</text:p></table:table-cell>"
        + "<table:table-cell table:number-columns-repeated=\"16380\"/></table:table-row>"
        + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
        + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell/>"
        + "<table:table-cell office:value-type=\"percentage\" office:value=\"0.0459\" table:number-columns-repeated=\"2\"/></table:table-row>"
        + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
        + "</table:table>");
    Sheet s = book.sheet("High_needs_block");
    assertThat(s.cell(0, 0).text()).isEqualTo("LA  code\n(DfE)");
    assertThat(s.cell(0, 1).isBlank()).isTrue();
    assertThat(s.cell(0, 3).decimal()).contains(new BigDecimal("4830.86"));
    assertThat(s.row(0)).hasSize(4);
    assertThat(s.rowCount()).isEqualTo(6);
    assertThat(s.row(2)).isEmpty();
    assertThat(s.cell(4, 1).decimal()).contains(new BigDecimal("0.0459"));
    assertThat(s.cell(5, 2).decimal()).contains(new BigDecimal("0.0459"));
    assertThat(s.cell(5, 3).isBlank()).isTrue();
    assertThat(Sheet.where(4, 27)).isEqualTo("row 5, column AB");
  }

  @Test
  void a_formula_error_is_an_error_cell_and_the_same_text_typed_is_text() {
    Sheet s = ods("<table:table table:name=\"S\"><table:table-row>"
        + "<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"string\" office:string-value=\"\""
        + " calcext:value-type=\"error\"><text:p>#DIV/0!</text:p></table:table-cell>"
        + "<table:table-cell office:value-type=\"string\"><text:p>#N/A</text:p></table:table-cell>"
        + "</table:table-row></table:table>").sheet("S");
    assertThat(s.cell(0, 0).isError()).isTrue();
    assertThat(s.cell(0, 0).text()).isEqualTo("#DIV/0!");
    assertThat(s.cell(0, 1).isError()).isFalse();
    assertThat(s.cell(0, 1).text()).isEqualTo("#N/A");
  }

  @Test
  void a_cell_bomb_is_refused_before_it_fills_memory() {
    // A few hundred bytes of XML declaring 16,384 x 1,000,000 non-empty cells.
    assertThatThrownBy(() -> ods("<table:table table:name=\"S\">"
        + "<table:table-row table:number-rows-repeated=\"1000000\">"
        + "<table:table-cell office:value-type=\"float\" office:value=\"1\" table:number-columns-repeated=\"16384\"/>"
        + "</table:table-row></table:table>"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("test.ods!S").hasMessageContaining("more than 10000000 cells");
  }

  @Test
  void an_ods_zip_bomb_is_refused_under_the_archive_limits() {
    byte[] bomb = TestZips.bomb("content.xml", 64L << 20);
    assertThatThrownBy(() -> Workbooks.read(SafeZip.read(new ByteArrayInputStream(bomb), "bomb.ods",
        ArchiveLimits.DEFAULT), Workbooks.DEFAULT_MAX_CELLS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("bomb.ods!content.xml").hasMessageContaining("zip bomb");
  }

  @Test
  void a_document_type_declaration_and_its_entities_are_not_expanded() {
    Map<String, byte[]> entries = Map.of("content.xml", utf8("<?xml version=\"1.0\"?>"
        + "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        + "<d>&b;</d>"));
    assertThatThrownBy(() -> Workbooks.read(SafeZip.read(new ByteArrayInputStream(TestZips.zip(entries)),
        "entities.ods", ArchiveLimits.DEFAULT), Workbooks.DEFAULT_MAX_CELLS))
        .isInstanceOf(InputException.class).hasMessageContaining("entities.ods");
  }

  @Test
  void a_missing_sheet_names_the_sheets_there_are() {
    Workbook book = ods("<table:table table:name=\"Information\"/>");
    assertThatThrownBy(() -> book.sheet("High_needs_block")).isInstanceOf(InputException.class)
        .hasMessageContaining("test.ods").hasMessageContaining("no sheet 'High_needs_block'")
        .hasMessageContaining("[Information]");
  }

  @Test
  void a_binary_xls_is_refused_saying_so() {
    assertThatThrownBy(() -> Workbooks.read(Path.of("published/dedicated-schools-grant_2019-20_march-2019.xls")))
        .isInstanceOf(InputException.class).hasMessageContaining("binary .xls (BIFF)");
  }

  @Test
  void reads_the_published_2023_24_high_needs_block_of_camden() {
    // ESFA, "Dedicated schools grant (DSG): 2023 to 2024", final update 20 July 2024, sheet
    // High_needs_block: Camden's formula elements, ACA-weighted basic entitlement, pupils and total.
    Sheet hn = Workbooks.read(Path.of("published/dedicated-schools-grant_2024_07_20.ods"))
        .sheet("High_needs_block");
    int camden = -1;
    for (int r = 0; r < hn.rowCount(); r++) {
      if (hn.cell(r, 0).text().equals("202")) {
        camden = r;
      }
    }
    assertThat(hn.cell(camden, 1).text()).isEqualTo("Camden");
    assertThat(hn.cell(camden, 2).decimal()).contains(new BigDecimal("44825449"));
    assertThat(hn.cell(camden, 3).decimal()).contains(new BigDecimal("5656.28"));
    assertThat(hn.cell(camden, 4).decimal()).contains(new BigDecimal("386"));
    assertThat(hn.cell(camden, 10).decimal()).contains(new BigDecimal("55017590"));
  }
}

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

class XlsxReaderTest {

  private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
      + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

  static Workbook xlsx(String sheetXml) {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("xl/workbook.xml", utf8("<workbook " + NS + "><sheets><sheet name=\"Sheet 1\" sheetId=\"1\" r:id=\"rId1\"/>"
        + "</sheets></workbook>"));
    e.put("xl/_rels/workbook.xml.rels", utf8("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"));
    e.put("xl/sharedStrings.xml", utf8("<sst " + NS + "><si><t>time_period</t></si>"
        + "<si><r><t>Region</t></r><r><t xml:space=\"preserve\"> name</t></r><rPh><t>x</t></rPh></si></sst>"));
    e.put("xl/worksheets/sheet1.xml", utf8("<worksheet " + NS + "><sheetData>" + sheetXml
        + "</sheetData></worksheet>"));
    return Workbooks.read(SafeZip.read(new ByteArrayInputStream(TestZips.zip(e)), "test.xlsx",
        ArchiveLimits.DEFAULT), Workbooks.DEFAULT_MAX_CELLS);
  }

  @Test
  void reads_shared_inline_number_error_and_formula_cells_at_their_references() {
    Sheet s = xlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        + "<c r=\"D1\" t=\"inlineStr\"><is><t>inline</t></is></c></row>"
        + "<row r=\"3\"><c r=\"A3\"><v>57263.849999999991</v></c><c r=\"B3\" t=\"e\"><v>#N/A</v></c>"
        + "<c r=\"C3\"><f>A3*2</f><v>114527.7</v></c><c r=\"AB3\" t=\"str\"><f>A1</f><v>time_period</v></c></row>")
        .sheet("Sheet 1");
    assertThat(s.cell(0, 0).text()).isEqualTo("time_period");
    assertThat(s.cell(0, 1).text()).isEqualTo("Region name");
    assertThat(s.cell(0, 2).isBlank()).isTrue();
    assertThat(s.cell(0, 3).text()).isEqualTo("inline");
    assertThat(s.row(1)).isEmpty();
    assertThat(s.cell(2, 0).decimal()).contains(new BigDecimal("57263.849999999991"));
    assertThat(s.cell(2, 0).spreadsheetValue()).contains(new BigDecimal("57263.85"));
    assertThat(s.cell(2, 1).isError()).isTrue();
    assertThat(s.cell(2, 1).text()).isEqualTo("#N/A");
    assertThat(s.cell(2, 2).decimal()).contains(new BigDecimal("114527.7"));
    assertThat(s.cell(2, 27).text()).isEqualTo("time_period");
  }

  @Test
  void a_shared_string_index_out_of_range_is_located() {
    assertThatThrownBy(() -> xlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>9</v></c></row>"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("test.xlsx!Sheet 1").hasMessageContaining("A1")
        .hasMessageContaining("not a shared string index");
  }

  @Test
  void a_cell_given_twice_or_rows_out_of_order_are_refused() {
    assertThatThrownBy(() -> xlsx("<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>"))
        .isInstanceOf(InputException.class).hasMessageContaining("given twice");
    assertThatThrownBy(() -> xlsx("<row r=\"2\"><c r=\"A2\"><v>1</v></c></row><row r=\"1\"/>"))
        .isInstanceOf(InputException.class).hasMessageContaining("out of order");
  }

  @Test
  void reads_the_published_benchmarking_extract_for_derby() {
    // DfE high needs benchmarking 2021-22 (Outturn_data_202122.xlsx): Derby's ONS mid-2021
    // projection of the population aged 2-18, stored as the double nearest 57,263.85.
    Sheet s = Workbooks.read(Path.of("published/Outturn_data_202122.xlsx")).sheet("Sheet1");
    assertThat(s.cell(7, 2).text()).isEqualTo("831");
    assertThat(s.cell(7, 3).text()).isEqualTo("Derby");
    assertThat(s.cell(7, 4).spreadsheetValue()).contains(new BigDecimal("57263.85"));
    assertThat(s.cell(7, 43).isError()).isTrue();
  }
}

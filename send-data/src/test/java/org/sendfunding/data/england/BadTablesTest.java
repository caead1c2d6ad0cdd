package org.sendfunding.data.england;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.CsvLimits;
import org.sendfunding.model.input.InputException;

/** A regenerated table that is wrong is refused whole, with every problem located. */
class BadTablesTest {

  private static Map<Table, CsvFile> embedded() {
    Map<Table, CsvFile> files = new EnumMap<>(Table.class);
    for (Table t : Table.values()) {
      files.put(t, CsvFile.readResource(EnglandStatistics.class, EnglandStatistics.RESOURCES + t.resource(), CsvLimits.DEFAULT));
    }
    return files;
  }

  private static final String HEADER = "financial_year,la_code,la_name,schools_block_gross,cssb_gross,high_needs_block_gross,"
      + "early_years_block_gross,total_dsg_gross,schools_block_net,cssb_net,high_needs_block_net,early_years_block_net,total_dsg_net\n";

  @Test
  void the_embedded_tables_read_through_the_same_path() {
    assertThat(EnglandStatistics.of(embedded()).figure(Measure.EHC_PLANS, Area.ENGLAND, Period.january(2025)).value()).isPresent();
  }

  @Test
  void unknown_la_code_unknown_symbol_bad_year_and_duplicate_are_all_reported() {
    Map<Table, CsvFile> files = embedded();
    files.put(Table.DSG_BLOCKS, CsvFile.parse(HEADER
        + "2023-24,999,Nowhere,1,1,1,1,4,1,1,1,1,4\n"
        + "2023-24,876,Halton,1,n/a,1,1,4,1,1,1,1,4\n"
        + "2023/24,876,Halton,1,1,1,1,4,1,1,1,1,4\n"
        + "2022-23,876,Halton,1,1,1,1,4,1,1,1,1,4\n"
        + "2022-23,876,Halton,2,1,1,1,4,1,1,1,1,4\n", "dsg.csv"));
    assertThatThrownBy(() -> EnglandStatistics.of(files))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).problems()).hasSize(4))
        .hasMessageContaining("line 2, column 'la_code' ('999'): unknown LA code")
        .hasMessageContaining("line 3, column 'cssb_gross' ('n/a'): is neither a number nor an EES symbol")
        .hasMessageContaining("line 4, column 'financial_year' ('2023/24')")
        .hasMessageContaining("line 6, column 'schools_block_gross' ('2'): a second figure for LA 876 2022-23 (first on line 5)");
  }

  @Test
  void a_changed_or_missing_column_is_refused_at_the_header() {
    Map<Table, CsvFile> files = embedded();
    files.put(Table.DSG_BLOCKS, CsvFile.parse(HEADER.replace("cssb_gross", "central_school_services_gross") + "", "dsg.csv"));
    assertThatThrownBy(() -> EnglandStatistics.of(files))
        .hasMessageContaining("'central_school_services_gross'").hasMessageContaining("unknown column")
        .hasMessageContaining("column 'cssb_gross'").hasMessageContaining("missing column");
  }

  @Test
  void ees_symbols_are_read_as_reasons() {
    Map<Table, CsvFile> files = embedded();
    files.put(Table.DSG_BLOCKS, CsvFile.parse(HEADER + "2023-24,876,Halton,c,low,u,:,x,z,,1,1,1\n", "dsg.csv"));
    EnglandStatistics e = EnglandStatistics.of(files);
    Period p = Period.financialYear("2023-24");
    assertThat(e.figure(Measure.DSG_SCHOOLS_BLOCK_GROSS, Area.la(876), p).reason()).contains(NotAvailable.SUPPRESSED);
    assertThat(e.figure(Measure.DSG_CSSB_GROSS, Area.la(876), p).reason()).contains(NotAvailable.LOW);
    assertThat(e.figure(Measure.DSG_HIGH_NEEDS_BLOCK_GROSS, Area.la(876), p).reason()).contains(NotAvailable.LOW_RELIABILITY);
    assertThat(e.figure(Measure.DSG_EARLY_YEARS_BLOCK_GROSS, Area.la(876), p).reason()).contains(NotAvailable.COLON);
    assertThat(e.figure(Measure.DSG_TOTAL_GROSS, Area.la(876), p).reason()).contains(NotAvailable.UNAVAILABLE);
    assertThat(e.figure(Measure.DSG_SCHOOLS_BLOCK_NET, Area.la(876), p).reason()).contains(NotAvailable.NOT_APPLICABLE);
    assertThat(e.figure(Measure.DSG_CSSB_NET, Area.la(876), p).reason()).contains(NotAvailable.NOT_PUBLISHED);
  }
}

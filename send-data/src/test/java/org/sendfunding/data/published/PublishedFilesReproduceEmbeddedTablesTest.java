package org.sendfunding.data.published;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded tables are the importer's output: importing the published files committed in
 * {@code send-data/published/} reproduces every one of them byte for byte. If this fails after a
 * change to the importer, regenerate them with the command in docs/data-import.md and review the
 * diff.
 */
class PublishedFilesReproduceEmbeddedTablesTest {

  static final List<Path> PUBLISHED = List.of(
      "education-health-and-care-plans_2025.zip", "education-health-and-care-plans_2022.zip",
      "dedicated-schools-grant_summary_2019-20_to_2023-24.ods",
      "dedicated-schools-grant_2021_11_18.ods", "dedicated-schools-grant_2022_07_18.ods",
      "dedicated-schools-grant_2023_07_20.ods", "dedicated-schools-grant_2024_07_20.ods",
      "dsg_deficit_derived.xlsx", "Outturn_data_202122.xlsx").stream()
      .map(f -> Path.of("published", f)).collect(Collectors.toList());

  static ImmutableList<TidyTable> tables;

  @BeforeAll
  static void importAll() {
    tables = PublishedImporter.DEFAULT.read(PUBLISHED);
  }

  static TidyTable table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  static Map<String, String> row(TidyTable t, Map<String, String> match) {
    for (List<String> r : t.rows()) {
      boolean all = true;
      for (Map.Entry<String, String> m : match.entrySet()) {
        all &= r.get(t.header().indexOf(m.getKey())).equals(m.getValue());
      }
      if (all) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < r.size(); i++) {
          out.put(t.header().get(i), r.get(i));
        }
        return out;
      }
    }
    throw new AssertionError("no row " + match + " in " + t.name());
  }

  @Test
  void importing_the_published_files_reproduces_every_embedded_table_exactly() throws IOException {
    assertThat(tables).extracting(TidyTable::name).containsExactly(Sen2Tables.CASELOAD,
        Sen2Tables.BY_AGE, Sen2Tables.BY_NEED, Sen2Tables.FLOWS, DsgTables.ALLOCATIONS,
        DsgTables.HIGH_NEEDS, DsgTables.BALANCE, DsgTables.BENCHMARKING);
    for (TidyTable t : tables) {
      try (InputStream in = getClass().getResourceAsStream("/org/sendfunding/data/england/" + t.name())) {
        assertThat(in).as(t.name()).isNotNull();
        assertThat(t.toCsv()).as(t.name()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(PublishedImporter.DEFAULT.missing(PUBLISHED)).isEmpty();
  }

  @Test
  void the_tables_have_every_area_and_year_published() {
    assertThat(table(Sen2Tables.CASELOAD).rows()).hasSize(2_592);
    assertThat(table(Sen2Tables.BY_AGE).rows()).hasSize(7_500);
    assertThat(table(Sen2Tables.BY_NEED).rows()).hasSize(163);
    assertThat(table(Sen2Tables.FLOWS).rows()).hasSize(972);
    assertThat(table(DsgTables.ALLOCATIONS).rows()).hasSize(754);
    assertThat(table(DsgTables.HIGH_NEEDS).rows()).hasSize(604);
    assertThat(table(DsgTables.BALANCE).rows()).hasSize(478);
    assertThat(table(DsgTables.BENCHMARKING).rows()).hasSize(154);
  }

  @Test
  void caseload_takes_statements_from_2022_and_placements_from_2025() {
    // Camden: 1,014 statements in January 2010; 1,385 plans in January 2019, 706 in mainstream.
    TidyTable t = table(Sen2Tables.CASELOAD);
    Map<String, String> y2010 = row(t, Map.of("january_of_year", "2010", "old_la_code", "202"));
    assertThat(y2010).containsEntry("statements", "1014").containsEntry("ehc_plans", "z")
        .containsEntry("mainstream_total", "").containsEntry("source", "2022 release");
    Map<String, String> y2019 = row(t, Map.of("january_of_year", "2019", "old_la_code", "202"));
    assertThat(y2019).containsEntry("ehc_plans", "1385").containsEntry("statements", "z")
        .containsEntry("mainstream_total", "706").containsEntry("placement_unknown", "x")
        .containsEntry("source", "2022 release; 2025 release");
    Map<String, String> england2024 = row(t, Map.of("january_of_year", "2024",
        "geographic_level", "National"));
    assertThat(england2024).containsEntry("ehc_plans", "576474");
  }

  @Test
  void buckinghamshire_2022_is_one_row_joined_on_its_dfe_code() {
    // newplans.csv gives 825 the superseded ONS code E10000002 in 2022, the other files
    // E06000060: one LA, one row (the tidy extract made before this importer split it in two).
    TidyTable t = table(Sen2Tables.FLOWS);
    long rows = t.rows().stream().filter(r -> r.get(0).equals("2022") && r.get(3).equals("825")).count();
    assertThat(rows).isEqualTo(1);
    assertThat(row(t, Map.of("calendar_year", "2022", "old_la_code", "825")))
        .containsEntry("new_la_code", "E06000060").containsEntry("requests_received", "1365")
        .containsEntry("new_ehc_plans", "744").containsEntry("ehc_plans_ceased", "386");
  }

  @Test
  void dsg_2019_20_millions_round_half_up_to_ten_thousand_pounds_as_published() {
    // Allocations_1920 stores Sandwell's net DSG as 219.785 (£m) and Wolverhampton's as 115.235:
    // half-up at £0.01m gives £219,790,000 and £115,240,000 (binary floating point gave .78/.23).
    TidyTable t = table(DsgTables.ALLOCATIONS);
    assertThat(row(t, Map.of("financial_year", "2019-20", "la_code", "333")))
        .containsEntry("total_dsg_net", "219790000");
    assertThat(row(t, Map.of("financial_year", "2019-20", "la_code", "336")))
        .containsEntry("total_dsg_net", "115240000");
    assertThat(row(t, Map.of("financial_year", "2023-24", "la_code", "ENGLAND")))
        .containsEntry("high_needs_block_gross", "9953984391");
  }

  @Test
  void high_needs_elements_and_population_keep_the_published_precision() {
    Map<String, String> camden = row(table(DsgTables.HIGH_NEEDS), Map.of("financial_year", "2023-24",
        "la_code", "202"));
    assertThat(camden).containsEntry("hn_formula_elements_A", "44825449")
        .containsEntry("basic_entitlement_aca_unit_rate", "5656.28")
        .containsEntry("additional_hn_allocation", "2058092")
        .containsEntry("total_hnb_before_deductions", "55017590");
    // Camden's ONS mid-2021 projection of the population aged 2-18, to the published 3 decimals.
    assertThat(row(table(DsgTables.BENCHMARKING), Map.of("la_code", "202")))
        .containsEntry("pop_2_18_ons_mid2021_projection", "51479.854");
    // South Tyneside's is stored as 29114.328999999943: binary noise beyond the published 3 decimals.
    assertThat(row(table(DsgTables.BENCHMARKING), Map.of("la_code", "393")))
        .containsEntry("pop_2_18_ons_mid2021_projection", "29114.329");
  }
}

package org.sendfunding.data.ees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.data.archive.ArchiveLimits;
import org.sendfunding.data.archive.SafeZip;
import org.sendfunding.data.archive.ZipContents;
import org.sendfunding.data.published.Sen2Layouts;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.CsvLimits;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

class EesReaderTest {

  static final EesLayout CEASED = EesLayout.of("ceased.csv", List.of("breakdown_topic", "breakdown"),
      List.of("needs_met", "total_ceased"));

  static final String HEADER = "time_period,time_identifier,geographic_level,country_code,"
      + "country_name,region_code,region_name,new_la_code,old_la_code,la_name,breakdown_topic,"
      + "breakdown,needs_met,total_ceased";
  static final String ENGLAND = "2024,Calendar year,National,E92000001,England,,,,,,All,All,";
  static final String CAMDEN = "2024,Calendar year,Local authority,E92000001,England,E12000007,"
      + "London,E09000007,202,Camden,All,All,";

  /** The bytes EES writes: a UTF-8 byte-order mark and CRLF line ends. */
  static EesTable read(String... lines) {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(text, 0, all, bom.length, text.length);
    return EesReader.DEFAULT.read(CsvFile.read(new ByteArrayInputStream(all), "ceased.csv",
        CsvLimits.DEFAULT), CEASED);
  }

  static List<Problem> problems(String... lines) {
    try {
      read(lines);
    } catch (InputException e) {
      return e.problems();
    }
    throw new AssertionError("expected an InputException");
  }

  @Test
  void reads_a_file_with_bom_and_crlf_keeping_symbols_typed_never_zero() {
    EesTable t = read(HEADER, ENGLAND + "4054,34724", CAMDEN + "x,z", CAMDEN.replace("2024", "2023")
        + "c,low");
    assertThat(t.rows()).hasSize(3);
    EesRow england = t.rows().get(0);
    assertThat(england.level()).isEqualTo(GeographicLevel.NATIONAL);
    assertThat(england.areaCode()).isEmpty();
    assertThat(england.indicator("total_ceased").number()).contains(new BigDecimal("34724"));
    EesRow camden = t.rows().get(1);
    assertThat(camden.areaCode()).isEqualTo("202");
    assertThat(camden.newLaCode()).isEqualTo("E09000007");
    assertThat(camden.line()).isEqualTo(3);
    assertThat(camden.indicator("needs_met").symbol()).contains(EesSymbol.NOT_AVAILABLE);
    assertThat(camden.indicator("needs_met").number()).isEmpty();
    assertThat(camden.indicator("total_ceased").symbol()).contains(EesSymbol.NOT_APPLICABLE);
    assertThat(t.rows().get(2).indicator("needs_met").symbol()).contains(EesSymbol.SUPPRESSED);
    assertThat(t.rows().get(2).indicator("total_ceased").symbol()).contains(EesSymbol.LOW);
    assertThat(t.rows().get(2).endYear()).isEqualTo(2023);
  }

  @Test
  void every_symbol_ees_uses_is_known_and_an_unknown_one_is_a_located_error() {
    for (String s : new String[] {"z", "x", "c", "low", "u", ":"}) {
      assertThat(EesValue.parse(s).flatMap(EesValue::symbol)).as(s).isPresent();
    }
    assertThat(problems(HEADER, CAMDEN + "n/a,-")).extracting(Problem::toString).containsExactly(
        "ceased.csv line 2, column 'needs_met' ('n/a'): not a number or an EES symbol (z, x, c, low, u, :)",
        "ceased.csv line 2, column 'total_ceased' ('-'): not a number or an EES symbol (z, x, c, low, u, :)");
    assertThat(EesValue.parse("1,234")).isEmpty();
    assertThat(EesValue.parse("X")).isEmpty();
    assertThat(EesValue.parse("1e3")).isEmpty();
  }

  @Test
  void a_missing_or_renamed_column_is_named() {
    String renamed = HEADER.replace("total_ceased", "total_ceased_plans");
    assertThatThrownBy(() -> read(renamed, ENGLAND + "1,2"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("column 'total_ceased_plans'").hasMessageContaining("unknown column")
        .hasMessageContaining("column 'total_ceased'").hasMessageContaining("missing column");
  }

  @Test
  void an_unknown_la_code_is_a_located_error() {
    assertThat(problems(HEADER, CAMDEN.replace(",202,", ",999,") + "1,2"))
        .extracting(Problem::toString).containsExactly("ceased.csv line 2, column 'old_la_code' "
            + "('999'): unknown LA code (not one of England's 158 current and predecessor DfE codes)");
  }

  @Test
  void predecessor_authorities_are_known() {
    EesTable t = read(HEADER, CAMDEN.replace(",202,Camden", ",928,Northamptonshire")
        .replace("2024", "2020") + "1,2");
    assertThat(t.rows().get(0).laName()).isEqualTo("Northamptonshire");
  }

  @Test
  void a_duplicated_row_is_an_error_even_under_another_ons_code() {
    // DfE's files give Buckinghamshire (825) both E10000002 and E06000060 in 2022: the DfE code
    // is the key, so the second is the same row again.
    String bucks = "2022,Calendar year,Local authority,E92000001,England,E12000008,South East,"
        + "E06000060,825,Buckinghamshire,All,All,";
    assertThat(problems(HEADER, bucks + "1,2", bucks.replace("E06000060", "E10000002") + "1,2"))
        .extracting(Problem::toString).containsExactly("ceased.csv line 3: duplicated row: same "
            + "time_period, geographic_level, area (825) and filters [All, All] as line 2");
  }

  @Test
  void rows_differing_only_in_a_filter_are_not_duplicates() {
    assertThat(read(HEADER, ENGLAND + "1,2", ENGLAND.replace(",All,All,", ",Sex,Male,") + "1,2")
        .rows()).hasSize(2);
  }

  @Test
  void every_problem_of_the_file_is_reported_at_once() {
    List<Problem> p = problems(HEADER,
        "2024,Calendar year,National,E92000001,England,,,,,,All,All,1,2",
        "20245,Calendar year,National,E92000001,England,,,,,,All,All,1,2",
        "202426,Calendar year,National,E92000001,England,,,,,,All,All,1,2",
        "0919,Calendar year,National,E92000001,England,,,,,,All,All,1,2",
        "2024,Calendar year,County,E92000001,England,,,,,,All,All,1,2",
        "2024,Calendar year,Regional,E92000001,England,,North East,,,,All,All,1,2",
        "2024,,National,E92000001,England,,,,,,All,All,1,2");
    assertThat(p).extracting(Problem::line).containsExactly(3, 4, 5, 6, 7, 8);
    // 0919 was found by fuzzing: a four-digit year, but not one EES can mean.
    assertThat(p).extracting(Problem::column).containsExactly("time_period", "time_period",
        "time_period", "geographic_level", "region_code", "time_identifier");
  }

  @Test
  void lf_files_without_bom_read_the_same() {
    CsvFile csv = CsvFile.parse(HEADER + "\n" + ENGLAND + "4054,34724\n", "lf.csv");
    assertThat(EesReader.DEFAULT.read(csv, CEASED).rows().get(0).indicator("needs_met").text())
        .isEqualTo("4054");
  }

  @Test
  void the_2025_release_gives_the_national_figures_dfe_publishes() {
    ZipContents zip = SafeZip.read(Path.of("published/education-health-and-care-plans_2025.zip"),
        ArchiveLimits.DEFAULT);
    EesTable caseload = EesReader.DEFAULT.read(zip, "data/caseload.csv", Sen2Layouts.CASELOAD_2025);
    // "Education, health and care plans" 2025: 638,745 plans in January 2025; January 2024
    // revised to 576,474 in this release.
    assertThat(national(caseload, "202425", "ehcplans")).isEqualTo("638745");
    assertThat(national(caseload, "202324", "ehcplans")).isEqualTo("576474");
    EesTable newPlans = EesReader.DEFAULT.read(zip, "data/newplans.csv", Sen2Layouts.NEW_PLANS_2025);
    // New EHC plans made in calendar 2019: 53,899.
    assertThat(national(newPlans, "2019", "new_ehc_plans")).isEqualTo("53899");
    assertThat(caseload.source()).isEqualTo("education-health-and-care-plans_2025.zip!data/caseload.csv");
  }

  @Test
  void the_2022_release_older_layout_reads_with_statements_until_their_conversion_ended() {
    ZipContents zip = SafeZip.read(Path.of("published/education-health-and-care-plans_2022.zip"),
        ArchiveLimits.DEFAULT);
    EesTable t = EesReader.DEFAULT.read(zip, "data/sen2_estab_caseload.csv",
        Sen2Layouts.ESTABLISHMENT_CASELOAD_2022);
    EesRow total2010 = t.rows(r -> r.level() == GeographicLevel.NATIONAL && r.timePeriod().equals("2010")
        && r.filter("establishment_type").equals("Total") && r.filter("establishment_group").equals("Total"))
        .get(0);
    assertThat(total2010.indicator("Total_st").text()).isEqualTo("228221");
    assertThat(total2010.indicator("Total_ehc").symbol()).contains(EesSymbol.NOT_APPLICABLE);
  }

  private static String national(EesTable t, String period, String indicator) {
    return t.rows(r -> r.level() == GeographicLevel.NATIONAL && r.timePeriod().equals(period)
        && r.filter("breakdown_topic").equals(r.filter("breakdown"))
        && !r.filter("breakdown_topic").startsWith("Age")).get(0).indicator(indicator).text();
  }

  @Test
  void every_data_file_of_both_releases_reads_row_for_row() throws java.io.IOException {
    // 11 files of the 2025 release, 6 of the 2022 release in the older aggregate layout
    // (characteristic_age, establishment_type/establishment_group, Total_st, Total_ehc, ...).
    for (String release : new String[] {"2025", "2022"}) {
      Path path = Path.of("published/education-health-and-care-plans_" + release + ".zip");
      ZipContents zip = SafeZip.read(path, ArchiveLimits.DEFAULT);
      for (EesLayout layout : release.equals("2025") ? Sen2Layouts.RELEASE_2025 : Sen2Layouts.RELEASE_2022) {
        long lines = new String(zip.bytes(layout.name()), StandardCharsets.UTF_8).lines()
            .filter(l -> !l.isBlank()).count();
        assertThat(EesReader.DEFAULT.read(zip, layout.name(), layout).rows()).as(layout.name())
            .hasSize((int) lines - 1);
      }
    }
  }

  @Test
  void the_2025_annual_reviews_file_is_refused_for_its_repeated_column_name() {
    ZipContents zip = SafeZip.read(Path.of("published/education-health-and-care-plans_2025.zip"),
        ArchiveLimits.DEFAULT);
    EesLayout anything = EesLayout.of("data/annual_reviews.csv", List.of("breakdown_topic", "breakdown"),
        List.of("total_ehc_plans"));
    assertThatThrownBy(() -> EesReader.DEFAULT.read(zip, "data/annual_reviews.csv", anything))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("column 'review_meeting_prior_24'")
        .hasMessageContaining("appears twice in the header");
  }
}

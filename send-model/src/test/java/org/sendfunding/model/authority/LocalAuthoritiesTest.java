package org.sendfunding.model.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.CsvLimits;
import org.sendfunding.model.input.CsvRow;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

class LocalAuthoritiesTest {

  @Test
  void the_register_holds_englands_153_authorities_by_region() {
    LocalAuthorities england = LocalAuthorities.england();
    assertThat(england.all()).hasSize(153);
    // Counts of the reference register in test resources (DfE dfeR old_la_codes, regions from ONS; README beside it).
    assertThat(england.inRegion(Region.LONDON)).hasSize(33);
    assertThat(england.inRegion(Region.SOUTH_EAST)).hasSize(19);
    assertThat(england.inRegion(Region.NORTH_WEST)).hasSize(24);
    assertThat(england.inRegion(Region.YORKSHIRE_AND_THE_HUMBER)).hasSize(15);
    assertThat(england.inRegion(Region.SOUTH_WEST)).hasSize(15);
    assertThat(england.inRegion(Region.WEST_MIDLANDS)).hasSize(14);
    assertThat(england.inRegion(Region.NORTH_EAST)).hasSize(12);
    assertThat(england.inRegion(Region.EAST_OF_ENGLAND)).hasSize(11);
    assertThat(england.inRegion(Region.EAST_MIDLANDS)).hasSize(10);
  }

  @Test
  void looks_up_by_dfe_and_ons_code() {
    LocalAuthorities england = LocalAuthorities.england();
    assertThat(england.byCode(202)).isEqualTo(LocalAuthority.of(202, "E09000007", "Camden", Region.LONDON));
    assertThat(england.byOnsCode("E06000023").name()).isEqualTo("Bristol, City of");
    // 2023 reorganisation: Cumbria (909) became Cumberland (942) and Westmorland and Furness (943).
    assertThat(england.findByCode(909)).isEmpty();
    assertThat(england.byCode(942).name()).isEqualTo("Cumberland");
    assertThat(england.byCode(943).name()).isEqualTo("Westmorland and Furness");
    assertThatThrownBy(() -> england.byCode(909))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("LocalAuthorities: no local authority with DfE code 909");
    assertThatThrownBy(() -> england.byOnsCode("E99999999"))
        .hasMessage("LocalAuthorities: no local authority with ONS code E99999999");
  }

  @Test
  void the_embedded_copy_matches_the_reference_file_row_for_row() throws IOException {
    CsvFile file = reference();
    assertThat(file.header()).containsExactly("la_code", "ons_code", "name", "region");
    assertThat(file.rows()).hasSize(153);
    for (CsvRow row : file.rows()) {
      List<String> f = row.cells();
      LocalAuthority la = LocalAuthorities.england().byCode(Integer.parseInt(f.get(0)));
      assertThat(la.onsCode()).as("ONS code of %s", f.get(0)).isEqualTo(f.get(1));
      assertThat(la.name()).as("name of %s", f.get(0)).isEqualTo(f.get(2));
      assertThat(la.region().displayName()).as("region of %s", f.get(0)).isEqualTo(f.get(3));
    }
  }

  @Test
  void rejects_invalid_codes_naming_them() {
    assertThatThrownBy(() -> LocalAuthority.of(20, "E09000007", "Camden", Region.LONDON))
        .hasMessage("LocalAuthority.code: 20 is not a three-digit DfE LA code");
    assertThatThrownBy(() -> LocalAuthority.of(202, "W06000001", "Anglesey", Region.LONDON))
        .hasMessage("LocalAuthority.onsCode: 'W06000001' is not an English LA ONS code like E09000007 (LA 202)");
    assertThatThrownBy(() -> LocalAuthority.of(202, "E09000007", " ", Region.LONDON))
        .hasMessage("LocalAuthority.name: must not be blank (LA 202)");
    assertThatThrownBy(() -> Region.fromName("Wales")).hasMessageStartingWith("Region: 'Wales' is not one of [North East");
    assertThatThrownBy(() -> LocalAuthorities.of(List.of(
            LocalAuthority.of(202, "E09000007", "Camden", Region.LONDON),
            LocalAuthority.of(202, "E09000011", "Greenwich", Region.LONDON))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("202");
  }

  @Test
  void quoted_names_keep_their_commas_and_quotes() {
    LocalAuthorities register = LocalAuthorities.parse(CsvFile.parse(
        "\uFEFFla_code,ons_code,name,region\r\n801,E06000023,\"Bristol, City of\",South West\r\n"
            + "202,E09000007,\"Camden \"\"North\"\"\",London\r\n", "r.csv"));
    assertThat(register.byCode(801).name()).isEqualTo("Bristol, City of");
    assertThat(register.byCode(202).name()).isEqualTo("Camden \"North\"");
  }

  @Test
  void a_bad_register_lists_every_problem_with_its_line_and_column() {
    InputException e = catchThrowableOfType(InputException.class, () -> LocalAuthorities.parse(CsvFile.parse(
        "la_code,ons_code,name,region\n202,E09000007,Camden,London\n20x,E09000001,City,London\n"
            + "202,E09000011,Greenwich,London\n203,E09000012,Hackney,Wales\n204,W06000001,Anglesey,London\n", "r.csv")));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "r.csv line 3, column 'la_code' ('20x'): not a whole number (e.g. 18500 or \"18,500\")",
        "r.csv line 4, column 'la_code' ('202'): the DfE code appears twice",
        "r.csv line 5, column 'region' ('Wales'): " + catchThrowable(() -> Region.fromName("Wales")).getMessage(),
        "r.csv line 6: LocalAuthority.onsCode: 'W06000001' is not an English LA ONS code like E09000007 (LA 204)");
    assertThatThrownBy(() -> LocalAuthorities.parse(CsvFile.parse("la_code,ons_code,name,region\n", "h.csv")))
        .isInstanceOf(InputException.class).hasMessage("1 problem in h.csv:\n  the register has no rows");
    assertThatThrownBy(() -> LocalAuthorities.parse(CsvFile.parse("la_code,name,region\n", "c.csv")))
        .hasMessageContaining("column 'ons_code': missing column");
  }

  /** The reference register copied into test resources (its source and date: README beside it). */
  static CsvFile reference() throws IOException {
    try (InputStream in = LocalAuthoritiesTest.class.getResourceAsStream("reference-local-authorities.csv")) {
      assertThat(in).as("test resource reference-local-authorities.csv").isNotNull();
      return CsvFile.read(in, "reference-local-authorities.csv", CsvLimits.DEFAULT);
    }
  }
}

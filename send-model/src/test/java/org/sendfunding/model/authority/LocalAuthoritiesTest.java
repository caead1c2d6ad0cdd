package org.sendfunding.model.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class LocalAuthoritiesTest {

  @Test
  void the_register_holds_englands_153_authorities_by_region() {
    LocalAuthorities england = LocalAuthorities.england();
    assertThat(england.all()).hasSize(153);
    // Counts by region of the reference copy (test resources, README.md beside it: DfE dfeR
    // old_la_codes.csv with ONS regions, as they stand since 1 April 2023).
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
    List<String> lines = referenceLines();
    assertThat(lines.get(0)).isEqualTo("la_code,ons_code,name,region");
    List<String> rows = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    assertThat(rows).hasSize(153);
    for (String row : rows) {
      List<String> f = QuotedCsvLine.split(row);
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
  void quoted_csv_fields_keep_their_commas_and_quotes() {
    assertThat(QuotedCsvLine.split("801,E06000023,\"Bristol, City of\",South West"))
        .containsExactly("801", "E06000023", "Bristol, City of", "South West");
    assertThat(QuotedCsvLine.split("a,\"say \"\"hi\"\"\",")).containsExactly("a", "say \"hi\"", "");
    assertThatThrownBy(() -> QuotedCsvLine.split("a,\"open")).hasMessageStartingWith("unterminated quoted field");
  }

  /**
   * The reference copy in test resources (source and date in the README.md beside it), read from
   * the class path so the test needs nothing outside the repository.
   */
  static List<String> referenceLines() throws IOException {
    try (InputStream in = LocalAuthoritiesTest.class.getResourceAsStream("reference-local-authorities.csv")) {
      assertThat(in).as("test resource reference-local-authorities.csv").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}

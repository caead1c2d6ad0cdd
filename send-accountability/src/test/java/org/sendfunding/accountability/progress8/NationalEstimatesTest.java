package org.sendfunding.accountability.progress8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The embedded 2023 table: DfE's national Attainment 8 estimates by KS2 prior attainment, as published
 * with the 2023 "Secondary accountability measures" guidance (real figures, not yet checked against
 * gov.uk value by value).
 */
class NationalEstimatesTest {

  @Test
  void the_2023_table_has_dfe_s_34_groups_with_their_boundaries() {
    assertThat(NationalEstimates.years()).containsExactly(2023);
    PriorAttainmentGroups g = NationalEstimates.groups(2023);
    assertThat(g.size()).isEqualTo(34);
    assertThat(g.describe(1)).isEqualTo("59.0 to 82.0");
    assertThat(g.describe(2)).isEqualTo("82.5 to 86.0");
    assertThat(g.describe(3)).isEqualTo("86.5 to 87.5");
    assertThat(g.describe(6)).isEqualTo("91.0 to 92.0");
    assertThat(g.describe(7)).isEqualTo("92.5 to 93.0");
    assertThat(g.describe(34)).isEqualTo("119.5 to 120.0");
    assertThat(g.groupOfScore(59)).isEqualTo(1);
    assertThat(g.groupOfScore(79)).isEqualTo(1);
    assertThat(g.groupOfScore(82)).isEqualTo(1);
    assertThat(g.groupOfScore(82.5)).isEqualTo(2);
    assertThat(g.groupOfScore(100)).isEqualTo(14);
    assertThat(g.groupOfScore(100.5)).isEqualTo(15);
    assertThat(g.groupOfScore(120)).isEqualTo(34);
    assertThatThrownBy(() -> g.groupOfScore(58.5)).hasMessageContaining("KS2 prior attainment 58.5 is outside 59.0 to 120.0");
    assertThat(NationalEstimates.verified(2023)).isFalse();
    assertThat(NationalEstimates.source(2023).href()).contains("https://www.gov.uk/government/publications/progress-8-school-performance-measure");
    assertThat(NationalEstimates.provenance(2023)).startsWith("real: ").contains("NOT checked");
  }

  /** Group estimates are the sums of the published element estimates (2 decimals). */
  @Test
  void estimates_are_the_sum_of_the_element_estimates() {
    Attainment8Estimates e = NationalEstimates.attainment8(2023);
    assertThat(e.groups()).hasSize(34);
    // 59.0 to 82.0: 3.81 + 2.29 + 4.19 + 5.55; DfE's A8 column prints 1.58 (= 15.84 / 10).
    assertThat(e.estimate(1).meanAttainment8()).isEqualTo(15.84);
    assertThat(e.estimate(1).elements().orElseThrow().ebaccSlotsFilled()).isEqualTo(1.87);
    // 100.5 to 101.0: 8.46 + 7.35 + 10.42 + 11.77 = 38.00 (column 3.80).
    assertThat(e.estimate(15).meanAttainment8()).isEqualTo(38.0);
    // 119.5 to 120.0: 16.16 + 16.6 + 24.98 + 24.11 = 81.85 (column 8.19).
    assertThat(e.estimate(34).meanAttainment8()).isEqualTo(81.85);
    assertThat(e.estimate(34).hasDistribution()).isFalse();
    assertThat(e.source()).isEqualTo("DfE 2023 national Attainment 8 estimates (not checked against gov.uk)");
    for (GroupEstimate g : e.groups().values()) {
      assertThat(g.meanAttainment8()).as("group %s", g.group()).isBetween(15.0, 82.0);
    }
    // Estimates rise with prior attainment in every group.
    for (int i = 2; i <= 34; i++) {
      assertThat(e.estimate(i).meanAttainment8()).isGreaterThan(e.estimate(i - 1).meanAttainment8());
    }
  }

  @Test
  void a_year_without_a_table_names_the_embedded_years() {
    assertThatThrownBy(() -> NationalEstimates.attainment8(2025))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("NationalEstimates: no embedded Attainment 8 estimates for 2025; embedded years are [2023]"
            + " (there is no Progress 8 for 2025 and 2026: no KS2 tests in 2020 and 2021)");
  }

  @Test
  void a_bad_table_is_refused_listing_every_row() {
    String header = String.join(",", NationalEstimates.TABLE_COLUMNS);
    assertThatThrownBy(() -> NationalEstimates.readTable("t.csv", new StringReader(header + "\n"
        + "59.0,1.58,3.81,2.29,4.19,5.55,1.87,2.06\n"
        + "59.5,1.70,3.81,2.29,4.19,5.55,1.87,2.06\n"
        + "60.5,1.58,3.81,2.29,4.19,5.55,1.87,2.06\n"
        + "61.0,1.58,3.81,x,4.19,5.55,1.87,2.06\n"), 120))
        .hasMessage("t.csv: t.csv line 3: the elements sum to 15.84 but the A8 column (/10) is 1.70\n"
            + "  t.csv line 4: KS2 60.5 does not follow 59.5 by 0.5\n"
            + "  t.csv line 5: column A8 Nat Est - Maths: 'x' is not a number");
  }
}

package org.sendfunding.funding.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.data.england.Area;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Measure;
import org.sendfunding.data.england.Period;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Rate;

/** The named rules of the England panel, and that every real field is exactly the published figure. */
class EnglandPanelTest {

  private static final FundingDataset ENGLAND = FundingDataset.england();
  private static final EnglandStatistics STATS = EnglandStatistics.england();
  private static final Period Y2324 = Period.financialYear("2023-24");

  @Test
  void aca_is_the_unit_rate_over_the_national_rate() {
    // Halton 2023-24: B = £4,686.64; £4,686.64 / £4,660 = 1.0057167... -> 1.005717.
    assertThat(EnglandPanel.areaCostAdjustment(new BigDecimal("4686.64"))).isEqualTo(Rate.of("1.005717"));
    assertThat(ENGLAND.inputs(876).areaCostAdjustment()).isEqualTo(Rate.of("1.005717"));
  }

  @Test
  void net_imported_pupils_are_the_adjustment_over_six_thousand_pounds_half_up() {
    assertThat(EnglandPanel.netImportedPupils(new BigDecimal("-366000"))).isEqualTo(-61); // Halton 2023-24
    assertThat(EnglandPanel.netImportedPupils(new BigDecimal("3000"))).isEqualTo(1);   // half a pupil, up
    assertThat(EnglandPanel.netImportedPupils(new BigDecimal("2999"))).isZero();
    assertThat(EnglandPanel.netImportedPupils(new BigDecimal("-3000"))).isEqualTo(-1);
  }

  @Test
  void population_and_balance_rules() {
    assertThat(EnglandPanel.wholePeople(new BigDecimal("57263.85"))).isEqualTo(57_264); // Derby, mid-2021
    assertThat(EnglandPanel.wholePeople(new BigDecimal("57263.5"))).isEqualTo(57_264);
    // -1.42% of Halton's 2021-22 DSG after recoupment £82,902,692 = -£1,177,218.23.
    assertThat(EnglandPanel.balanceFromShare(new BigDecimal("-1.42"), new BigDecimal("82902692"))).isEqualTo(Money.ofPounds("-1177218.23"));
    assertThat(EnglandPanel.shareCounts(10, List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))).containsExactly(4, 3, 3);
  }

  @Test
  void every_real_field_is_exactly_the_published_figure() {
    int checked = 0;
    for (LocalAuthorityInputs r : ENGLAND.panel()) {
      Area la = Area.la(r.localAuthority().code());
      if (r.isReal("schools_block")) {
        assertThat(r.schoolsBlock()).isEqualTo(Money.ofPounds(STATS.figure(Measure.DSG_SCHOOLS_BLOCK_GROSS, la, Y2324).number().toPlainString()));
        checked++;
      }
      if (r.isReal("special_school_pupils")) {
        assertThat(BigDecimal.valueOf(r.specialSchoolPupils()))
            .isEqualByComparingTo(STATS.figure(Measure.HNB_PUPILS_IN_SPECIAL_SCHOOLS, la, Y2324).number());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(151 + 100);
  }

  @Test
  void every_field_of_every_la_has_a_provenance_with_a_rule_and_real_ones_a_source_and_period() {
    for (LocalAuthorityInputs r : ENGLAND.panel()) {
      assertThat(r.fieldProvenance().keySet()).containsExactlyInAnyOrderElementsOf(DatasetCsv.PANEL_VALUE_COLUMNS);
      r.fieldProvenance().values().forEach(p -> {
        assertThat(p.rule()).isNotBlank();
        if (p.provenance() != Provenance.ILLUSTRATIVE) {
          assertThat(p.source()).isPresent();
          assertThat(p.period()).isPresent();
        }
      });
    }
  }

  @Test
  void cumbria_successors_take_cumbria_figures_split_by_a_stated_share() {
    long cumbria = EnglandPanel.wholePeople(STATS.figure(Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION, Area.la(909),
        Period.financialYear("2021-22")).number());
    long both = ENGLAND.inputs(942).population2To18() + ENGLAND.inputs(943).population2To18();
    assertThat(Math.abs(both - cumbria)).isLessThanOrEqualTo(1);
    assertThat(ENGLAND.provenance(942, "population_2_18").rule()).contains("Cumbria (909)").contains("CUMBRIA_2023");
  }

  @Test
  void the_2025_26_allocation_uses_the_published_floor_and_cap_and_its_gap_to_the_cited_total_is_what_the_cap_holds_back() {
    EnglandPanel p = EnglandPanel.build(STATS, org.sendfunding.funding.parameter.ParameterSet.defaults(), ENGLAND.nationalSeries());
    Money total = p.allocations2025().total();
    assertThat(p.allocations2025().gainsCapApplied().get().percent()).isEqualByComparingTo("10");
    Money floors = Money.sum(p.allocations2025().allocations().stream().map(a -> a.floorAdjustment().max(Money.ZERO))::iterator);
    Money caps = Money.sum(p.allocations2025().allocations().stream().map(a -> a.floorAdjustment().min(Money.ZERO))::iterator);
    // Formula before floor and cap = the cited £11.9bn; the final total differs from it by exactly floors + caps.
    assertThat(total).isEqualTo(Money.ofPounds(11_900_000_000L).plus(floors).plus(caps));
    assertThat(ENGLAND.totalHighNeedsAllocation()).isEqualTo(total);
    assertThat(total).isLessThan(Money.ofPounds(11_900_000_000L));
  }
}

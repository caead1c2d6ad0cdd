package org.sendfunding.funding.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

/**
 * National explanations, statistics explained, CSV quoting and comparisons, on {@link TinyDatasets#twoLas()}
 * with flat assumptions: Halton (876) £10m then £10.3m, Warrington (877) £20m then £20.6m under today's
 * rules; under the three-year settlement £10.2m and £20.4m in 2026-27 (2% guaranteed).
 */
class ScenarioReportingTest {

  private static final FinancialYear Y1 = FinancialYear.parse("2026-27");
  private static final FinancialYear Y2 = FinancialYear.parse("2027-28");
  private static final int A = TinyDatasets.A.code();

  private static final ScenarioResult TODAY =
      TinyDatasets.scenario(TinyDatasets.twoLas(), BuiltInPolicy.TODAYS_RULES, TinyDatasets.flat(2)).run();

  /** A name that needs quoting in CSV. */
  private static final ScenarioResult SETTLED = Scenario.builder().name("3 years, \"2%\" floor").dataset(TinyDatasets.twoLas())
      .assumptions(TinyDatasets.flat(2)).addOverlays(BuiltInPolicy.THREE_YEAR_SETTLEMENT.overlay()).build().run();

  @Test
  void a_scenario_names_itself_and_its_years() {
    Scenario s = TinyDatasets.scenario(TinyDatasets.twoLas(), BuiltInPolicy.TODAYS_RULES, TinyDatasets.flat(2));
    assertThat(s.years()).containsExactly(Y1, Y2);
    assertThat(s.toString()).isEqualTo("Scenario[Today's rules, two LAs, 0 overlays, 2026-27 to 2027-28]");
    assertThat(BuiltInPolicy.TODAYS_RULES.description()).isEqualTo("No overlay: the embedded parameters as they stand.");
  }

  @Test
  void national_explanations_sum_the_las_or_divide_national_sums() {
    Explanation alloc = TODAY.explainNational(Y2, Measure.HIGH_NEEDS_ALLOCATION);
    assertThat(alloc.rule()).isEqualTo("National " + Measure.HIGH_NEEDS_ALLOCATION.label() + ": sum over local authorities");
    assertThat(alloc.amount()).contains(Money.ofPounds(30_900_000)); // £10.3m + £20.6m
    assertThat(alloc.children()).hasSize(2);
    assertThat(alloc.childrenTotal()).isEqualTo(Money.ofPounds(30_900_000));
    assertThat(alloc.inputs()).containsEntry("scenario", "Today's rules").containsEntry("illustrative data", "true");

    Explanation pupils = TODAY.explainNational(Y1, Measure.EHCP_PUPILS);
    assertThat(pupils.result()).isEqualTo("520"); // 220 + 300
    assertThat(pupils.amount()).isEmpty();
    assertThat(pupils.children()).extracting(Explanation::result).containsExactly("220", "300");
    assertThat(pupils.children()).allSatisfy(c -> assertThat(c.amount()).isEmpty());

    Explanation perPlan = TODAY.explainNational(Y1, Measure.FUNDING_PER_EHCP);
    assertThat(perPlan.rule()).isEqualTo("National " + Measure.FUNDING_PER_EHCP.label() + ": national allocation divided by the national count");
    assertThat(perPlan.amount()).contains(Money.ofPounds("57692.31")); // £30m ÷ 520
    assertThat(perPlan.children()).isEmpty();
  }

  /** Per plan B over A = 4,400 / 3,000 = 1.466667; both LAs get £1,000 a head; surprise 0.3 / 10.3 = 0.029126. */
  @Test
  void statistics_explain_what_they_measure_with_their_value_to_six_places() {
    Explanation maxMin = TODAY.explainStatistic(Y1, NationalStatistic.MAX_MIN_FUNDING_PER_EHCP);
    assertThat(maxMin.rule()).isEqualTo("MAX_MIN_FUNDING_PER_EHCP: largest over smallest of allocation per pupil with an EHC plan across LAs (2026-27)");
    assertThat(maxMin.result()).isEqualTo("1.466667");
    assertThat(maxMin.inputs()).containsEntry("local authorities", "2").containsEntry("scenario", "Today's rules")
        .containsEntry("illustrative data", "true");
    assertThat(TODAY.explainStatistic(Y1, NationalStatistic.P90_P10_FUNDING_PER_HEAD).rule())
        .isEqualTo("P90_P10_FUNDING_PER_HEAD: 90th over 10th percentile (linear interpolation) of allocation per head aged 2-18 across LAs (2026-27)");
    assertThat(TODAY.explainStatistic(Y1, NationalStatistic.P90_P10_FUNDING_PER_HEAD).result()).isEqualTo("1.000000");
    assertThat(TODAY.explainStatistic(Y1, NationalStatistic.CV_FUNDING_PER_HEAD).rule())
        .isEqualTo("CV_FUNDING_PER_HEAD: coefficient of variation (population sd / mean) of allocation per head aged 2-18 across LAs (2026-27)");
    assertThat(TODAY.explainStatistic(Y1, NationalStatistic.GINI_FUNDING_PER_EHCP).rule())
        .isEqualTo("GINI_FUNDING_PER_EHCP: Gini coefficient of allocation per pupil with an EHC plan across LAs (2026-27)");
    Explanation surprise = TODAY.explainStatistic(Y2, NationalStatistic.MEAN_ABSOLUTE_SURPRISE);
    assertThat(surprise.rule()).isEqualTo("MEAN_ABSOLUTE_SURPRISE: mean over LAs of |final allocation - allocation known in advance| / final allocation (2027-28)");
    assertThat(surprise.result()).isEqualTo("0.029126");
    assertThat(TODAY.explainStatistic(Y2, NationalStatistic.ALLOCATION_CHANGE_SD).rule())
        .isEqualTo("ALLOCATION_CHANGE_SD: population standard deviation over LAs of the year-on-year change in allocation (2027-28)");
  }

  @Test
  void csv_quotes_a_name_with_a_comma_and_doubles_its_quotes() {
    String csv = SETTLED.toCsv();
    assertThat(csv).startsWith("scenario,illustrative,la_code,la_name,financial_year,measure,value\n")
        .contains("\n\"3 years, \"\"2%\"\" floor\",true,876,Halton,2026-27,HIGH_NEEDS_ALLOCATION,10200000.00\n")
        .contains("\n\"3 years, \"\"2%\"\" floor\",true,876,Halton,2026-27,EHCP_PUPILS,220\n")
        .contains("\n\"3 years, \"\"2%\"\" floor\",true,,England,2026-27,HIGH_NEEDS_ALLOCATION,30600000.00\n");
    assertThat(TODAY.toCsv()).contains("\nToday's rules,true,877,Warrington,2027-28,HIGH_NEEDS_ALLOCATION,20600000.00\n");
  }

  @Test
  void json_nests_years_inside_authorities_and_england() {
    String json = TODAY.toJson();
    assertThat(json).contains("\"la_code\" : 876").contains("\"HIGH_NEEDS_ALLOCATION\" : \"10300000.00\"")
        .contains("\"england\" : {");
    // Balanced: every object opened is closed (a missing writeEndObject would leave one open).
    assertThat(json.chars().filter(c -> c == '{').count()).isEqualTo(json.chars().filter(c -> c == '}').count());
    assertThat(json).endsWith("}\n");
  }

  /** Three-year settlement against today's rules: Halton £10.2m against £10m in 2026-27, England £30.6m against £30m. */
  @Test
  void a_comparison_lists_b_minus_a_and_quotes_names_in_csv() {
    ScenarioComparison c = ScenarioComparison.of(TODAY, SETTLED);
    assertThat(c.a()).isSameAs(TODAY);
    assertThat(c.b()).isSameAs(SETTLED);
    // Surprise in 2026-27: nil under today's rules, 0.2 / 10.2 for both LAs under the settlement.
    assertThat(c.statistic(Y1, NationalStatistic.MEAN_ABSOLUTE_SURPRISE)).isCloseTo(0.2 / 10.2, within(1e-12));
    assertThat(c.statistic(Y1, NationalStatistic.CV_FUNDING_PER_HEAD)).isCloseTo(0.0, within(1e-12));
    String csv = c.toCsv();
    assertThat(csv).startsWith("scenario_a,scenario_b,illustrative,la_code,financial_year,measure,a,b,difference\n")
        .contains("\nToday's rules,\"3 years, \"\"2%\"\" floor\",true,876,2026-27,HIGH_NEEDS_ALLOCATION,10000000.00,10200000.00,200000.00\n")
        .contains("\nToday's rules,\"3 years, \"\"2%\"\" floor\",true,England,2026-27,HIGH_NEEDS_ALLOCATION,30000000.00,30600000.00,600000.00\n")
        .doesNotContain(",EHCP_PUPILS,"); // the same pupils in both
    assertThat(c.differences()).isNotEmpty();
    assertThat(ScenarioComparison.of(TODAY, TODAY).differences()).isEmpty();
    assertThat(ScenarioComparison.of(TODAY, TODAY).toCsv()).isEqualTo("scenario_a,scenario_b,illustrative,la_code,financial_year,measure,a,b,difference\n");
  }

  @Test
  void the_ledger_carries_the_statutory_override() {
    assertThat(TODAY.ledger(A).isRingFenced(Y1)).isTrue();
  }

  /**
   * Inflation 10% a year: Halton's £100m schools block is £110m in 2026-27 and £121m in 2027-28, so the
   * 0.5% transfer is £550,000 then £605,000.
   */
  @Test
  void the_block_transfer_explanation_inflates_the_schools_block_through_the_year_explained() {
    Assumptions inflating = Assumptions.builder().years(2).caseloadGrowth(Percentage.of("0")).inflation(Percentage.of("10"))
        .allocationVolatility(Percentage.of("0")).build();
    ScenarioResult r = TinyDatasets.scenario(TinyDatasets.twoLas(), BuiltInPolicy.TODAYS_RULES, inflating).run();
    Explanation y1 = r.explain(A, Y1, Measure.BLOCK_TRANSFER);
    assertThat(y1.inputs()).containsEntry("schools block (inflated)", "£110,000,000.00");
    assertThat(y1.amount()).contains(Money.ofPounds(550_000));
    Explanation y2 = r.explain(A, Y2, Measure.BLOCK_TRANSFER);
    assertThat(y2.inputs()).containsEntry("schools block (inflated)", "£121,000,000.00");
    assertThat(y2.amount()).contains(Money.ofPounds(605_000));
    assertThat(r.explain(A, Y2, Measure.OTHER_SPEND).inputs()).containsEntry("inflation a year", "10%");
  }
}

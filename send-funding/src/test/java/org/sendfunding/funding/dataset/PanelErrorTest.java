package org.sendfunding.funding.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sendfunding.data.england.Area;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.data.england.Measure;
import org.sendfunding.data.england.Period;
import org.sendfunding.model.setting.SettingType;

/**
 * The panel's per-LA error against DfE's published figures, for every field that has a published
 * comparator: median and 90th-percentile absolute error (relative to the published figure) and
 * Spearman's rank correlation over the LAs that have both. Real fields must be exact; the table in
 * {@code docs/data.md} is checked line by line against what this computes, so it cannot go stale.
 *
 * <p>Statistics across LAs are computed in {@code double}: they are descriptive measures of fit, not
 * money (no amount flows through them).
 */
class PanelErrorTest {

  private static final FundingDataset ENGLAND = FundingDataset.england();
  private static final EnglandStatistics STATS = EnglandStatistics.england();
  private static final Period Y2324 = Period.financialYear("2023-24");
  private static final Period Y2122 = Period.financialYear("2021-22");

  /** One comparison: the model's field against a published figure. */
  static final class Row {
    final String field;
    final String comparator;
    final double median;
    final double p90;
    final double spearman;
    final int n;

    Row(String field, String comparator, double[] model, double[] published) {
      this.field = field;
      this.comparator = comparator;
      this.n = model.length;
      double[] err = new double[n];
      for (int i = 0; i < n; i++) {
        err[i] = published[i] == 0 ? (model[i] == 0 ? 0 : 1) : Math.abs(model[i] - published[i]) / Math.abs(published[i]);
      }
      Arrays.sort(err);
      this.median = quantile(err, 0.5);
      this.p90 = quantile(err, 0.9);
      this.spearman = spearman(model, published);
    }

    String markdown() {
      return String.format(Locale.ROOT, "| `%s` | %s | %d | %s | %s | %.3f |", field, comparator, n, pct(median), pct(p90), spearman);
    }
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.add(compare("EHC plans (caseload total)", "SEN2 EHC plans, January 2025",
        r -> (double) ENGLAND.caseload(r.localAuthority().code()).totalPupils(), la -> value(Measure.EHC_PLANS, la, Period.january(2025))));
    rows.add(compare("caseload: plans in special schools", "SEN2 special schools (all types), January 2025",
        r -> {
          SettingCaseload c = ENGLAND.caseload(r.localAuthority().code());
          return (double) (c.pupils(SettingType.MAINTAINED_SPECIAL) + c.pupils(SettingType.ACADEMY_SPECIAL)
              + c.pupils(SettingType.INDEPENDENT_SPECIAL) + c.pupils(SettingType.NON_MAINTAINED_SPECIAL));
        }, la -> value(Measure.SPECIAL_TOTAL, la, Period.january(2025))));
    rows.add(compare("population_2_18", "benchmarking 2021-22, ONS mid-2021 projection",
        r -> (double) r.population2To18(), la -> value(Measure.BENCH_POP_2_18_ONS_MID2021_PROJECTION, la, Y2122)));
    rows.add(compare("special_school_pupils", "high-needs block 2023-24, element C",
        r -> (double) r.specialSchoolPupils(), la -> value(Measure.HNB_PUPILS_IN_SPECIAL_SCHOOLS, la, Y2324)));
    rows.add(compare("area_cost_adjustment", "high-needs block 2023-24, element B ÷ £4,660",
        r -> r.areaCostAdjustment().value().doubleValue(),
        la -> value(Measure.HNB_BASIC_ENTITLEMENT_ACA_UNIT_RATE, la, Y2324).map(b -> b / 4660)));
    rows.add(compare("net_imported_pupils (× £6,000)", "high-needs block 2023-24, element D",
        r -> r.netImportedPupils() * 6000.0, la -> value(Measure.HNB_IMPORT_EXPORT_ADJUSTMENT, la, Y2324)));
    rows.add(compare("hospital_education", "high-needs block 2023-24, elements E + F",
        r -> r.hospitalEducation().pence() / 100.0,
        la -> value(Measure.HNB_HOSPITAL_AP_PAY_PENSION_SUPPLEMENTARY, la, Y2324)
            .map(f -> f + value(Measure.HNB_SPECIAL_FREE_SCHOOLS_ADDITIONAL, la, Y2324).orElse(0.0))));
    rows.add(compare("schools_block", "DSG 2023-24, schools block (gross)",
        r -> r.schoolsBlock().pence() / 100.0, la -> value(Measure.DSG_SCHOOLS_BLOCK_GROSS, la, Y2324)));
    rows.add(compare("other_high_needs_spend", "s251 budget 2021-22: SEN support, AP, hospital, therapies",
        r -> r.otherHighNeedsSpend().pence() / 100.0, la -> s251(la)));
    rows.add(compare("previous_allocation (2024-25)", "high-needs block 2023-24, total before deductions",
        r -> r.previousAllocation().pence() / 100.0, la -> value(Measure.HNB_TOTAL_BEFORE_DEDUCTIONS, la, Y2324)));
    rows.add(compare("high_needs_allocation (2025-26)", "high-needs block 2023-24, total before deductions",
        r -> r.highNeedsAllocation().pence() / 100.0, la -> value(Measure.HNB_TOTAL_BEFORE_DEDUCTIONS, la, Y2324)));
    rows.add(compare("dsg_balance (31 March 2026)", "balance at 31 March 2022: published % × 2021-22 DSG after recoupment",
        r -> r.dsgBalance().pence() / 100.0, la -> value(Measure.BALANCE_PCT_OF_INCOME, la, Y2122)
            .flatMap(pct -> value(Measure.DSG_TOTAL_NET, la, Y2122).map(income -> pct * income / 100))));
    return rows;
  }

  @Test
  void real_and_exactly_derived_fields_have_no_error() {
    for (Row r : rows()) {
      System.out.println(r.markdown());
    }
    List<Row> rows = rows();
    for (String exact : List.of("EHC plans (caseload total)", "schools_block", "hospital_education", "other_high_needs_spend")) {
      Row r = rows.stream().filter(x -> x.field.equals(exact)).findFirst().orElseThrow();
      assertThat(r.p90).as(exact).isZero();
      assertThat(r.spearman).as(exact).isEqualTo(1.0);
    }
    // Rounding only: population to a whole person, C to a whole pupil, ACA to 6 decimals, D to a whole pupil.
    for (String rounded : List.of("population_2_18", "special_school_pupils", "area_cost_adjustment")) {
      Row r = rows.stream().filter(x -> x.field.equals(rounded)).findFirst().orElseThrow();
      assertThat(r.p90).as(rounded).isLessThan(0.005);
      assertThat(r.spearman).as(rounded).isGreaterThan(0.999);
    }
  }

  @Test
  void the_table_in_docs_data_md_is_what_this_measures() throws IOException {
    Path doc = Path.of("..", "docs", "data.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    for (Row r : rows()) {
      assertThat(text).as(r.field).contains(r.markdown());
    }
  }

  private static Row compare(String field, String comparator, Function<LocalAuthorityInputs, Double> model,
      Function<Integer, Optional<Double>> published) {
    List<Double> m = new ArrayList<>();
    List<Double> p = new ArrayList<>();
    for (LocalAuthorityInputs r : ENGLAND.panel()) {
      Optional<Double> pub = published.apply(r.localAuthority().code());
      if (pub.isPresent()) {
        m.add(model.apply(r));
        p.add(pub.get());
      }
    }
    return new Row(field, comparator, m.stream().mapToDouble(Double::doubleValue).toArray(), p.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static Optional<Double> value(Measure m, int la, Period p) {
    return STATS.figure(m, Area.la(la), p).value().map(BigDecimal::doubleValue);
  }

  private static Optional<Double> s251(int la) {
    Measure[] lines = {Measure.BENCH_SEN_SUPPORT_INCLUSION_SERVICES, Measure.BENCH_ALTERNATIVE_PROVISION_SERVICES,
        Measure.BENCH_HOSPITAL_EDUCATION_SERVICES, Measure.BENCH_THERAPIES_HEALTH_SERVICES};
    double sum = 0;
    boolean any = false;
    for (Measure m : lines) {
      Optional<Double> v = value(m, la, Y2122);
      if (v.isPresent()) {
        any = true;
        sum += v.get();
      }
    }
    return any ? Optional.of(Math.max(0, sum)) : Optional.empty();
  }

  static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }

  static double spearman(double[] a, double[] b) {
    double[] ra = ranks(a);
    double[] rb = ranks(b);
    double ma = Arrays.stream(ra).average().orElse(0);
    double mb = Arrays.stream(rb).average().orElse(0);
    double num = 0;
    double da = 0;
    double db = 0;
    for (int i = 0; i < a.length; i++) {
      num += (ra[i] - ma) * (rb[i] - mb);
      da += (ra[i] - ma) * (ra[i] - ma);
      db += (rb[i] - mb) * (rb[i] - mb);
    }
    return da == 0 || db == 0 ? 1.0 : num / Math.sqrt(da * db);
  }

  /** Ranks with ties given their mean rank. */
  static double[] ranks(double[] v) {
    Integer[] idx = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (x, y) -> Double.compare(v[x], v[y]));
    double[] r = new double[v.length];
    int i = 0;
    while (i < v.length) {
      int j = i;
      while (j + 1 < v.length && v[idx[j + 1]] == v[idx[i]]) {
        j++;
      }
      double mean = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[idx[k]] = mean;
      }
      i = j + 1;
    }
    return r;
  }

  private static String pct(double x) {
    return String.format(Locale.ROOT, "%.2f%%", x * 100);
  }
}

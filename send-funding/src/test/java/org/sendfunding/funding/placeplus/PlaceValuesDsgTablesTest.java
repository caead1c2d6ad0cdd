package org.sendfunding.funding.placeplus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * The shipped place values against the real DfE DSG allocation tables for 2020-21 to 2023-24 (test
 * resource {@code dsg-place-deductions.csv}: the England row of each year's High_needs_deductions sheet,
 * OGL v3.0, sources in its header).
 *
 * <p>DfE deducts directly funded places from each LA's high needs block at the place value, counted by
 * the months of each academic year that fall in the financial year: 5 and 7 months for pre-16 places
 * (April-August, September-March), 4 and 8 for post-16 (April-July, August-March). So the deduction
 * divided by those place-months gives the rate DfE applied, and it must equal the shipped parameter:
 * £10,000 for special and alternative provision places and for resourced provision places not funded at
 * £6,000, £6,000 for the rest of resourced provision and for FE places. A wrong place value fails here.
 */
class PlaceValuesDsgTablesTest {

  private final ParameterSet defaults = ParameterSet.defaults();

  private record Row(FinancialYear year, String parameter, String institutions, BigDecimal rate) {}

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = PlaceValuesDsgTablesTest.class.getResourceAsStream("dsg-place-deductions.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("financial_year")) {
          continue;
        }
        String[] f = line.split(",");
        BigDecimal placeMonths = new BigDecimal(f[4]).multiply(new BigDecimal(f[5]))
            .add(new BigDecimal(f[6]).multiply(new BigDecimal(f[7])));
        // rate = deduction / (place-months / 12); DfE sums rounded LA figures, hence the tolerance below
        BigDecimal rate = new BigDecimal(f[8]).multiply(BigDecimal.valueOf(12)).divide(placeMonths, MathContext.DECIMAL64);
        rows.add(new Row(FinancialYear.of(Integer.parseInt(f[0].substring(0, 4))), f[1], f[2], rate));
      }
    }
    return rows;
  }

  @Test
  void every_place_value_is_the_rate_dfe_deducted_in_2020_21_to_2023_24() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSize(24);
    for (Row row : rows) {
      BigDecimal shipped = defaults.money(row.parameter(), row.year()).toPounds();
      // within £1 a place of the shipped value (the largest gap is £0.03, from LA-level rounding)
      assertThat(row.rate().subtract(shipped).abs())
          .as("%s %s %s: DfE rate %s, shipped %s", row.year(), row.parameter(), row.institutions(), row.rate(), shipped)
          .isLessThan(BigDecimal.ONE);
      assertThat(defaults.get(row.parameter(), row.year()).verified()).as(row.parameter() + " " + row.year()).isTrue();
    }
  }

  @Test
  void the_tables_tell_the_two_resourced_provision_rates_and_alternative_provision_apart() throws IOException {
    // had the shipped AP value stayed at the 2013-14 £8,000 threshold until 2022, 2020-21 would fail above
    assertThat(defaults.money("placeplus.place_value.alternative_provision", FinancialYear.of(2020))).isEqualTo(Money.ofPounds(10_000));
    assertThat(defaults.money("placeplus.place_value.resourced_provision", FinancialYear.of(2021))).isEqualTo(Money.ofPounds(6_000));
    assertThat(defaults.money("placeplus.place_value.resourced_provision_unoccupied", FinancialYear.of(2021))).isEqualTo(Money.ofPounds(10_000));
    // years outside the tables read stay unverified
    assertThat(defaults.get("placeplus.place_value.special", FinancialYear.of(2019)).verified()).isFalse();
    assertThat(defaults.get("placeplus.place_value.special", FinancialYear.of(2024)).verified()).isFalse();
    assertThat(defaults.get("placeplus.place_value.non_maintained_special", FinancialYear.of(2022)).verified()).isFalse();
  }
}

package org.sendfunding.funding.highneeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * The shipped basic entitlement rate against the real DfE DSG allocation tables for 2019-20 to 2023-24
 * (test resource {@code dsg-basic-entitlement-rates.csv}, OGL v3.0, sources in its header).
 *
 * <p>The tables give each LA's ACA-weighted rate, the unit rate times the LA's area cost adjustment
 * (technical note July 2020, Figure 1: the ACA applies to basic entitlement). No ACA is below 1.0, and 46
 * or more LAs have exactly 1.0 in each year, so the lowest rate in each year is the unit rate:
 * £4,000 in 2019-20 and 2020-21, £4,660 from 2021-22. A wrong shipped rate fails here.
 */
class BasicEntitlementDsgTablesTest {

  private final ParameterSet defaults = ParameterSet.defaults();

  /** financial year (e.g. 2020 for 2020-21) -> every LA's published ACA-weighted rate. */
  private static Map<Integer, List<BigDecimal>> publishedRates() throws IOException {
    Map<Integer, List<BigDecimal>> rates = new TreeMap<>();
    try (InputStream in = BasicEntitlementDsgTablesTest.class.getResourceAsStream("dsg-basic-entitlement-rates.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("financial_year")) {
          continue;
        }
        // names may hold quoted commas ("Bristol, City of"): the year is first and the rate last
        int year = Integer.parseInt(line.substring(0, 4));
        BigDecimal rate = new BigDecimal(line.substring(line.lastIndexOf(',') + 1));
        rates.computeIfAbsent(year, y -> new ArrayList<>()).add(rate);
      }
    }
    return rates;
  }

  @Test
  void the_unit_rate_is_the_rate_of_every_la_with_an_area_cost_adjustment_of_one() throws IOException {
    Map<Integer, List<BigDecimal>> rates = publishedRates();
    assertThat(rates).containsOnlyKeys(2019, 2020, 2021, 2022, 2023);
    for (Map.Entry<Integer, List<BigDecimal>> e : rates.entrySet()) {
      FinancialYear year = FinancialYear.of(e.getKey());
      Money shipped = defaults.money("highneeds.nff.basic_entitlement", year);
      BigDecimal unit = shipped.toPounds();
      assertThat(e.getValue()).as("LAs in %s", year).hasSizeGreaterThanOrEqualTo(149);
      assertThat(e.getValue()).as("no LA below the unit rate in %s", year).allMatch(v -> v.compareTo(unit) >= 0);
      long atUnit = e.getValue().stream().filter(v -> v.compareTo(unit) == 0).count();
      assertThat(atUnit).as("LAs with ACA 1.0 at exactly %s in %s", unit, year).isGreaterThanOrEqualTo(46);
      assertThat(defaults.get("highneeds.nff.basic_entitlement", year).verified()).as(year.toString()).isTrue();
    }
    assertThat(defaults.money("highneeds.nff.basic_entitlement", FinancialYear.of(2020))).isEqualTo(Money.ofPounds(4_000));
    assertThat(defaults.money("highneeds.nff.basic_entitlement", FinancialYear.of(2021))).isEqualTo(Money.ofPounds(4_660));
  }

  @Test
  void later_years_carry_the_last_published_rate_forward_unverified() {
    // no DSG table for 2024-25 or later was read, so £4,660 is a carried-forward value
    assertThat(defaults.money("highneeds.nff.basic_entitlement", FinancialYear.of(2025))).isEqualTo(Money.ofPounds(4_660));
    assertThat(defaults.get("highneeds.nff.basic_entitlement", FinancialYear.of(2024)).verified()).isFalse();
  }
}

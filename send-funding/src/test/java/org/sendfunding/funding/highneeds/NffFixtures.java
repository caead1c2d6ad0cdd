package org.sendfunding.funding.highneeds;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.time.FinancialYear;

/** Inputs shared by the high-needs NFF tests. */
final class NffFixtures {

  static final FinancialYear Y2025 = FinancialYear.of(2025);
  static final LocalAuthority CAMDEN = LocalAuthorities.england().byCode(202);

  private NffFixtures() {}

  /**
   * An LA holding exactly 0.5% of every national indicator in {@link #national()}, so each proxy
   * factor pays it 0.5% of its pot: £5,000,000 of a £1bn proxy pot.
   */
  static HighNeedsNffInput.Builder halfPercentLa() {
    return HighNeedsNffInput.builder()
        .localAuthority(CAMDEN)
        .population2To18(50_000)
        .putProxyIndicators(ProxyFactor.FREE_SCHOOL_MEALS, 10_000L)
        .putProxyIndicators(ProxyFactor.IDACI, 8_000L)
        .putProxyIndicators(ProxyFactor.KS2_LOW_ATTAINMENT, 2_000L)
        .putProxyIndicators(ProxyFactor.KS4_LOW_ATTAINMENT, 1_500L)
        .putProxyIndicators(ProxyFactor.BAD_HEALTH, 1_000L)
        .putProxyIndicators(ProxyFactor.DISABILITY_LIVING_ALLOWANCE, 2_500L)
        .specialSchoolPupils(400)
        .historicSpendBaseline(Money.ofPounds(10_200_000))
        .areaCostAdjustment(Rate.of("1"))
        .netImportedPupils(-10)
        .putAdditions("hospital education", Money.ofPounds(250_000))
        .floorBaselineYear(FinancialYear.of(2024))
        .floorBaseline(Money.ofPounds(10_000_000))
        .floorBaselinePopulation2To18(50_000);
  }

  static HighNeedsNffNational national() {
    return HighNeedsNffNational.builder()
        .proxyFactorPot(Money.ofPounds(1_000_000_000))
        .putAcaWeightedIndicatorTotals(ProxyFactor.POPULATION, new BigDecimal("10000000"))
        .putAcaWeightedIndicatorTotals(ProxyFactor.FREE_SCHOOL_MEALS, new BigDecimal("2000000"))
        .putAcaWeightedIndicatorTotals(ProxyFactor.IDACI, new BigDecimal("1600000"))
        .putAcaWeightedIndicatorTotals(ProxyFactor.KS2_LOW_ATTAINMENT, new BigDecimal("400000"))
        .putAcaWeightedIndicatorTotals(ProxyFactor.KS4_LOW_ATTAINMENT, new BigDecimal("300000"))
        .putAcaWeightedIndicatorTotals(ProxyFactor.BAD_HEALTH, new BigDecimal("200000"))
        .putAcaWeightedIndicatorTotals(ProxyFactor.DISABILITY_LIVING_ALLOWANCE, new BigDecimal("500000"))
        .build();
  }

  /** A random panel of {@code n} real LAs with plausible magnitudes, for property tests. */
  static ImmutableList<HighNeedsNffInput> randomPanel(long seed, int n, FinancialYear baselineYear) {
    Random r = new Random(seed);
    List<HighNeedsNffInput> list = new ArrayList<>();
    ImmutableList<LocalAuthority> las = LocalAuthorities.england().all();
    for (int i = 0; i < n; i++) {
      long pop = 5_000 + r.nextInt(300_000);
      long perHeadPence = 20_000 + r.nextInt(60_000); // £200-£800 per head
      list.add(HighNeedsNffInput.builder()
          .localAuthority(las.get(i))
          .population2To18(pop)
          .putProxyIndicators(ProxyFactor.FREE_SCHOOL_MEALS, (long) (pop * (0.05 + 0.3 * r.nextDouble())))
          .putProxyIndicators(ProxyFactor.IDACI, (long) (pop * (0.05 + 0.3 * r.nextDouble())))
          .putProxyIndicators(ProxyFactor.KS2_LOW_ATTAINMENT, (long) (pop * 0.05 * r.nextDouble()))
          .putProxyIndicators(ProxyFactor.KS4_LOW_ATTAINMENT, (long) (pop * 0.05 * r.nextDouble()))
          .putProxyIndicators(ProxyFactor.BAD_HEALTH, (long) (pop * 0.03 * r.nextDouble()))
          .putProxyIndicators(ProxyFactor.DISABILITY_LIVING_ALLOWANCE, (long) (pop * 0.05 * r.nextDouble()))
          .specialSchoolPupils(r.nextInt(3_000))
          .historicSpendBaseline(Money.ofPence(pop * perHeadPence / 2))
          .areaCostAdjustment(Rate.of(BigDecimal.valueOf(1_000_000 + r.nextInt(200_000)).movePointLeft(6)))
          .netImportedPupils(r.nextInt(200) - 100)
          .putAdditions("hospital education", Money.ofPence(r.nextInt(50_000_000)))
          .floorBaselineYear(baselineYear)
          .floorBaseline(Money.ofPence(pop * perHeadPence))
          .floorBaselinePopulation2To18(Math.max(1, pop + r.nextInt(2_000) - 1_000))
          .build());
    }
    return ImmutableList.copyOf(list);
  }
}

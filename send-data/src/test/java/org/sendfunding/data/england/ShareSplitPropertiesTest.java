package org.sendfunding.data.england;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A predecessor's figure split among its successors always adds back to it, at the precision published. */
class ShareSplitPropertiesTest {

  @Test
  void parts_add_back_to_the_total_and_follow_the_weights() {
    qt().forAll(integers().between(0, 10_000_000), integers().between(1, 100_000), integers().between(1, 100_000), integers().between(0, 2))
        .checkAssert((total, w1, w2, scale) -> {
          BigDecimal t = BigDecimal.valueOf(total).movePointLeft(scale);
          ImmutableList<BigDecimal> weights = ImmutableList.of(BigDecimal.valueOf(w1), BigDecimal.valueOf(w2));
          BigDecimal a = new EnglandStatistics.Share(Measure.EHC_PLANS, Period.january(2024), weights, 0).split(t, scale);
          BigDecimal b = new EnglandStatistics.Share(Measure.EHC_PLANS, Period.january(2024), weights, 1).split(t, scale);
          assertThat(a.add(b)).isEqualByComparingTo(t);
          // each part is within one unit of the exact share
          BigDecimal exact = t.multiply(BigDecimal.valueOf(w1)).divide(BigDecimal.valueOf((long) w1 + w2), 12, java.math.RoundingMode.HALF_EVEN);
          assertThat(a.subtract(exact).abs()).isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(scale));
        });
  }
}

/**
 * Exact money for public-sector funding: pounds and pence held as a {@code long} count of pence,
 * rates held as {@link java.math.BigDecimal}, rounding always by a named {@link
 * org.sendfunding.model.money.RoundingRule}, and shares of a total that always add back to it.
 *
 * <p>No amount of money is ever held in a {@code double}, and no amount is computed through one. Two
 * places in the library use {@code double} near money, and neither holds an amount: statistics that
 * describe how funding varies across LAs (send-funding's {@code DistributionMeasures}: coefficient of
 * variation, Gini), which are ratios, not sums paid; and the NFF fast path ({@code PreparedShares},
 * {@code PreparedNff}), where a {@code double} only guesses a whole-pence quotient that exact
 * {@code long} arithmetic then checks and corrects, within limits that make the correction exact (its
 * tests compare every figure with {@code BigInteger} arithmetic).
 */
@SendStyle
package org.sendfunding.model.money;

import org.sendfunding.model.SendStyle;

/**
 * Exact money for public-sector funding: pounds and pence held as a {@code long} count of pence,
 * rates held as {@link java.math.BigDecimal}, rounding always by a named {@link
 * org.sendfunding.model.money.RoundingRule}, and shares of a total that always add back to it.
 *
 * <p>No {@code double} touches money anywhere in the library.
 */
@SendStyle
package org.sendfunding.model.money;

import org.sendfunding.model.SendStyle;

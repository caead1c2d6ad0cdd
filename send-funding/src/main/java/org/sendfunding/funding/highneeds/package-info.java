/**
 * The high-needs national funding formula (NFF): each local authority's (LA's) high-needs allocation
 * for a financial year, factor by factor, with the funding floor and gains cap, and the rollover rule
 * that replaced the formula in 2026-27.
 *
 * <p>Factor letters follow the DfE "High needs national funding formula: technical note": (A) basic
 * entitlement, (B) historic spend, (C)-(I) proxy factors, (J) funding floor, (K) hospital education and
 * other additions, (L) import/export adjustment. The engine is {@link
 * org.sendfunding.funding.highneeds.HighNeedsNff}.
 */
@SendStyle
package org.sendfunding.funding.highneeds;

import org.sendfunding.model.SendStyle;

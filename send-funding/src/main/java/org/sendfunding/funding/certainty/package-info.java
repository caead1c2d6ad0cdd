/**
 * Multi-year funding certainty: annual against multi-year settlements with indicative allocations, a
 * guaranteed minimum and indexation, and measures of what an LA knew in advance against what it got.
 */
@SendStyle
package org.sendfunding.funding.certainty;

import org.sendfunding.model.SendStyle;

/**
 * The embedded England dataset: cited national series and a panel of all 153 local authorities
 * (LAs) with every input the funding engines need, read through public CSV loaders.
 *
 * <p>Per-LA figures are mostly illustrative: generated deterministically so that national sums equal
 * the published national figures, and flagged as illustrative in every row and every result.
 */
@SendStyle
package org.sendfunding.funding.dataset;

import org.sendfunding.model.SendStyle;

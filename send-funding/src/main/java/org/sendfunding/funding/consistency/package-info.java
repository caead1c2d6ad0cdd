/**
 * National consistency: a national banding framework with area-cost adjusted tariffs, measures of
 * variation across LAs (coefficient of variation, Gini, P90/P10, max/min) and the sufficiency gap.
 */
@SendStyle
package org.sendfunding.funding.consistency;

import org.sendfunding.model.SendStyle;

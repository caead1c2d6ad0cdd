/**
 * Dated, cited parameters of the accountability measures (the negative-score cap's standard-deviation
 * multiple, the confidence-interval z-value, terms in key stage 4), loaded from a resource file.
 */
@SendStyle
package org.sendfunding.accountability.parameters;

import org.sendfunding.model.SendStyle;

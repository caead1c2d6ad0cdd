/**
 * Attainment 8 and Progress 8 as the Department for Education (DfE) defines them: estimates per
 * prior-attainment group, pupil and school scores, 95% confidence intervals and the negative-score cap.
 */
@SendStyle
package org.sendfunding.accountability.progress8;

import org.sendfunding.model.SendStyle;

/**
 * What school leaders ask of Progress 8: pupils with an EHC plan, with SEN support and without SEN
 * side by side, for a school and for the whole cohort, with and without the negative-score cap, next to
 * time-on-roll Progress 8 and the inclusion figures that show which pupils a school's score rests on.
 */
@SendStyle
package org.sendfunding.accountability.senprogress;

import org.sendfunding.model.SendStyle;

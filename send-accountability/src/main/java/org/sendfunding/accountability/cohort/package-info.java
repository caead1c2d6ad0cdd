/**
 * The pupils and schools that accountability measures are computed on: key stage 4 pupil records
 * (prior attainment, Attainment 8, SEN provision and need, disadvantage, terms on each school's roll),
 * their CSV loader, and a seeded illustrative cohort.
 */
@SendStyle
package org.sendfunding.accountability.cohort;

import org.sendfunding.model.SendStyle;

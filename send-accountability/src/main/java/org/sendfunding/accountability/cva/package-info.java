/**
 * Contextual value added (CVA): a least-squares model of Attainment 8 on prior attainment and pupil
 * characteristics, with empirically shrunken school estimates.
 */
@SendStyle
package org.sendfunding.accountability.cva;

import org.sendfunding.model.SendStyle;

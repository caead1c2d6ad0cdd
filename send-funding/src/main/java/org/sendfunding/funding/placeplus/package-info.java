/**
 * Place-plus funding: elements 1, 2 and 3 for a pupil in each kind of setting, place funding,
 * independent special school fees, local top-up banding, a mainstream school's notional SEN budget
 * and funding gap, and an LA's high-needs spend by setting type.
 *
 * <p>Element 1 is basic per-pupil funding; element 2 is the first £6,000 of additional support, met
 * by a mainstream school from its notional SEN budget (or paid as place funding in specialist
 * settings); element 3 is the top-up paid by the commissioning LA. The engine is {@link
 * org.sendfunding.funding.placeplus.PlacePlus}.
 */
@SendStyle
package org.sendfunding.funding.placeplus;

import org.sendfunding.model.SendStyle;

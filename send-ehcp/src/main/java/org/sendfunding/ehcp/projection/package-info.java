/**
 * Demand projection of EHC plans by national curriculum year, need type and setting type: a Markov transition model of joiners, movers and leavers estimated from yearly snapshots or calibrated from DfE's published per-LA tables ({@link org.sendfunding.ehcp.projection.CaseloadCalibrator}), projected with ageing by seeded Monte Carlo simulation ({@link org.sendfunding.ehcp.projection.LockstepProjector}, {@link org.sendfunding.ehcp.projection.DemandProjector}) or exact moments.
 */
@SendStyle
package org.sendfunding.ehcp.projection;

import org.sendfunding.model.SendStyle;

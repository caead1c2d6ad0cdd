/**
 * Demand projection of EHC plans by national curriculum year, need type and setting type: a Markov transition model of joiners, movers and leavers estimated from yearly snapshots, projected with ageing by seeded Monte Carlo simulation.
 */
@SendStyle
package org.sendfunding.ehcp.projection;

import org.sendfunding.model.SendStyle;

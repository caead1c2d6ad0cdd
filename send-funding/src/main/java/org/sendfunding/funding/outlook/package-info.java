/**
 * The projected caseload linked to money: every Monte Carlo run's caseload by setting (send-ehcp
 * {@code SettingRuns}) priced by per-LA unit costs ({@link org.sendfunding.funding.outlook.SettingUnitCosts},
 * derived from the s251 2021-22 high-needs budgets where published), giving the high-needs spend and
 * DSG balance of each run, and their 10th, 50th and 90th percentiles per LA and nationally
 * ({@link org.sendfunding.funding.outlook.SpendOutlook}). Money is pence in {@code long}; every sum and
 * product is overflow-checked.
 */
@SendStyle
package org.sendfunding.funding.outlook;

import org.sendfunding.model.SendStyle;

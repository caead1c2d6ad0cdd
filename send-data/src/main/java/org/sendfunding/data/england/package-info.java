/**
 * DfE's published per-LA statistics for England, embedded as nine tidy tables and read into typed,
 * immutable figures: EHC plans in January 2010–2025 (by placement from 2019, by age, by primary need),
 * EHCP flows and 20-week timeliness per calendar year 2019–2024, DSG blocks 2019-20 to 2023-24,
 * high-needs block elements 2020-21 to 2023-24 (and the 2019-20 sheet of March 2019), DSG balances as a
 * share of income 2019-20 to 2021-22 and the 2021-22 high needs benchmarking extract.
 *
 * <p>Entry point: {@link org.sendfunding.data.england.EnglandStatistics#england()}. Every figure knows
 * its publication and period; EES symbols stay "not available" values; LA reorganisations are
 * explicit ({@link org.sendfunding.data.england.Reorganisation}) and a current LA's
 * {@link org.sendfunding.data.england.Series} says how its predecessors' years are carried.
 */
@SendStyle
package org.sendfunding.data.england;

import org.sendfunding.model.SendStyle;

/**
 * Scenarios: a dataset, policy overlays and assumptions, run year by year for every LA into an
 * immutable, explained result table that compares figure by figure and exports to CSV and JSON.
 */
@SendStyle
package org.sendfunding.funding.scenario;

import org.sendfunding.model.SendStyle;

/**
 * The tidy-CSV layout of every explore-education-statistics (EES) release, read from a release zip
 * or a CSV through the common input layer ({@link org.sendfunding.model.input.CsvFile}):
 * {@code time_period}/{@code time_identifier}, {@code geographic_level}, area codes, filter
 * columns, and indicator columns whose cells are numbers or EES symbols ({@link EesSymbol}), kept
 * typed, never turned into 0.
 *
 * <pre>{@code
 * EesTable t = EesReader.DEFAULT.read(zip, "data/caseload.csv", layout);
 * t.rows().get(0).indicator("ehcplans");          // 354995 (England, January 2019)
 * }</pre>
 */
@SendStyle
package org.sendfunding.data.ees;

import org.sendfunding.model.SendStyle;

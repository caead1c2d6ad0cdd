/**
 * The importer: from DfE's published files (EHC plans release zips, DSG allocation workbooks) to
 * the tidy per-LA tables embedded in {@code org/sendfunding/data/england/}, all or nothing.
 *
 * <pre>{@code
 * ImmutableList<TidyTable> tables = PublishedImporter.DEFAULT.read(List.of(
 *     Path.of("education-health-and-care-plans_2025.zip"),
 *     Path.of("education-health-and-care-plans_2022.zip")));
 * TableWriter.writeAll(tables, Path.of("out"));   // into place only if every table was made
 * }</pre>
 */
@SendStyle
package org.sendfunding.data.published;

import org.sendfunding.model.SendStyle;

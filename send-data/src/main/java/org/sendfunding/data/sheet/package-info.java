/**
 * Spreadsheets as DfE publishes them: ODS ({@code content.xml}) and XLSX (shared strings and sheet
 * XML), read with the JDK's zip and StAX only, under the archive limits of
 * {@link org.sendfunding.data.archive.ArchiveLimits} and a bound on cells.
 *
 * <pre>{@code
 * Workbook book = Workbooks.read(Path.of("dedicated-schools-grant_2024_07_20.ods"));
 * Sheet hn = book.sheet("High_needs_block");
 * hn.cell(4, 0).text();          // "202" (row 5, column A)
 * hn.cell(4, 2).decimal();       // 44825449 (Camden's formula elements, £)
 * }</pre>
 */
@SendStyle
package org.sendfunding.data.sheet;

import org.sendfunding.model.SendStyle;

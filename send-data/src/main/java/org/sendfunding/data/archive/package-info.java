/**
 * Reading zip archives (EES release zips, and ODS/XLSX workbooks, which are zips) as untrusted
 * input: bounded entry count, entry size, total size and compression ratio, entry names used only
 * as keys, never as paths.
 *
 * <pre>{@code
 * ZipContents zip = SafeZip.read(Path.of("education-health-and-care-plans_2025.zip"), ArchiveLimits.DEFAULT);
 * byte[] caseload = zip.bytes("data/caseload.csv");
 * }</pre>
 */
@SendStyle
package org.sendfunding.data.archive;

import org.sendfunding.model.SendStyle;

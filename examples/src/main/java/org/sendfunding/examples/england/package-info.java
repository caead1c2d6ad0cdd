/**
 * The England report: the main job. Each section of the report is a {@link
 * org.sendfunding.examples.england.ReportSection}; {@link org.sendfunding.examples.england.EnglandReport}
 * runs them in order on the embedded default data.
 */
package org.sendfunding.examples.england;

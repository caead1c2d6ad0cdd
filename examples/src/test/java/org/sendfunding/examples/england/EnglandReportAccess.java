package org.sendfunding.examples.england;

import java.io.OutputStream;
import java.io.PrintStream;

/** Test access to a report command object that prints nowhere, for the argument fuzz test. */
public final class EnglandReportAccess {
  private final EnglandReport report = new EnglandReport(new PrintStream(OutputStream.nullOutputStream()), EnglandReport.defaultSections());

  public Object command() {
    return report;
  }

  public void validate() {
    report.validate();
  }
}

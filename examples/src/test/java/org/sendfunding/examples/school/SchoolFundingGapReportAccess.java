package org.sendfunding.examples.school;

import java.io.OutputStream;
import java.io.PrintStream;

/** Test access to a school report command object that prints nowhere, for the argument fuzz test. */
public final class SchoolFundingGapReportAccess {
  private final SchoolFundingGapReport report = new SchoolFundingGapReport(new PrintStream(OutputStream.nullOutputStream()));

  public Object command() {
    return report;
  }

  public void validate() {
    report.validate();
  }
}

package org.sendfunding.examples.england;

/**
 * One section of the England report: prints its tables to the terminal and writes its CSV files and
 * charts to the output folder.
 *
 * <p>Sections are independent of each other and stateless; {@link EnglandReport} runs them in order.
 */
public interface ReportSection {

  /** A short title, printed as the section heading. */
  String title();

  /**
   * Runs the section.
   *
   * @param context the year, policies, output folder and terminal
   * @throws Exception if the section cannot be completed; the report stops with the message
   */
  void run(ReportContext context) throws Exception;
}

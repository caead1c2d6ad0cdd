package org.sendfunding.examples.england;

import com.google.common.collect.ImmutableSet;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sendfunding.examples.report.ChartFile;
import org.sendfunding.examples.report.CsvFile;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.model.time.FinancialYear;

/**
 * What a report section needs: the financial year asked for, the policies switched on, the last
 * projection year, the output folder, and the terminal to print to. It records every file written.
 */
public final class ReportContext {

  private final FinancialYear year;
  private final FinancialYear projectTo;
  private final ImmutableSet<String> policies;
  private final Path outputDir;
  private final PrintStream out;
  private final boolean showProgress;
  private final List<Path> written = new ArrayList<>();

  ReportContext(FinancialYear year, FinancialYear projectTo, ImmutableSet<String> policies, Path outputDir,
      PrintStream out, boolean showProgress) {
    this.year = year;
    this.projectTo = projectTo;
    this.policies = policies;
    this.outputDir = outputDir;
    this.out = out;
    this.showProgress = showProgress;
  }

  /** The financial year the report is for (e.g. 2025-26). */
  public FinancialYear year() {
    return year;
  }

  /** The last year of projections (2030-31 by default). */
  public FinancialYear projectTo() {
    return projectTo;
  }

  /** The policy names switched on with {@code --policy} (all built-in policies by default). */
  public ImmutableSet<String> policies() {
    return policies;
  }

  /** The output folder for CSV files and charts. */
  public Path outputDir() {
    return outputDir;
  }

  /** The terminal. */
  public PrintStream out() {
    return out;
  }

  /** Whether long runs should show a progress bar (off in tests and when output is not a terminal). */
  public boolean showProgress() {
    return showProgress;
  }

  /** Prints a table under a caption. */
  public void print(String caption, TextTable table) {
    out.println(caption);
    out.print(table.render());
    out.println();
  }

  /** Writes a table as CSV into the output folder and records it. */
  public Path csv(String fileName, TextTable table) {
    return record(CsvFile.write(outputDir.resolve(fileName), table));
  }

  /** Records a chart written with {@link ChartFile} into {@link #outputDir()}. */
  public Path record(Path file) {
    written.add(file);
    return file;
  }

  /** Every file written so far, in order. */
  public List<Path> written() {
    return List.copyOf(written);
  }
}

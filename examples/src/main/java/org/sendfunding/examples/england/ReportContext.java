package org.sendfunding.examples.england;

import com.google.common.collect.ImmutableSet;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.scenario.Assumptions;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.funding.scenario.Scenario;
import org.sendfunding.funding.scenario.ScenarioResult;
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
  private final Map<BuiltInPolicy, ScenarioResult> results = new EnumMap<>(BuiltInPolicy.class);
  private final Optional<ParameterOverlay> overlay;
  private final ParameterSet parameters;
  private FundingDataset dataset;

  ReportContext(FinancialYear year, FinancialYear projectTo, ImmutableSet<String> policies, Path outputDir,
      PrintStream out, boolean showProgress) {
    this(year, projectTo, policies, outputDir, out, showProgress, null, Optional.empty(), ParameterSet.defaults());
  }

  /**
   * A context on a dataset of the user's (or the embedded one when {@code dataset} is null) with an
   * optional scenario overlay applied to every policy.
   */
  ReportContext(FinancialYear year, FinancialYear projectTo, ImmutableSet<String> policies, Path outputDir,
      PrintStream out, boolean showProgress, FundingDataset dataset, Optional<ParameterOverlay> overlay, ParameterSet parameters) {
    this.year = year;
    this.projectTo = projectTo;
    this.policies = policies;
    this.outputDir = outputDir;
    this.out = out;
    this.showProgress = showProgress;
    this.dataset = dataset;
    this.overlay = overlay;
    this.parameters = parameters;
  }

  /** The user's scenario overlay ({@code --overlay}), applied before each policy's own. */
  public Optional<ParameterOverlay> overlay() {
    return overlay;
  }

  /** The rules: the defaults with {@link #overlay()} applied. */
  public ParameterSet parameters() {
    return parameters;
  }

  /** Whether the dataset is the embedded England one (whose per-LA panel is ILLUSTRATIVE). */
  public boolean embeddedDataset() {
    return dataset() == FundingDataset.england();
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

  /** Whether a built-in policy is switched on: every policy is when {@code --policy} is not given. */
  public boolean policyEnabled(BuiltInPolicy policy) {
    return policy == BuiltInPolicy.TODAYS_RULES || policies.isEmpty() || policies.contains(policy.name());
  }

  /** Today's rules followed by every other policy switched on, in {@link BuiltInPolicy} order. */
  public List<BuiltInPolicy> enabledPolicies() {
    List<BuiltInPolicy> out = new ArrayList<>();
    for (BuiltInPolicy p : BuiltInPolicy.values()) {
      if (policyEnabled(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * What a table or chart title says of the panel it uses: the per-LA figures are DfE's where DfE
   * publishes them, and the fields that are still illustrative for more than two LAs are named (City of
   * London and the Isles of Scilly, absent from the DSG tables, are illustrative in more).
   */
  public String panelNote() {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    dataset().illustrativeFields().forEach((field, count) -> {
      if (count > 2) {
        names.add(ILLUSTRATIVE_NAMES.getOrDefault(field, field.replace('_', ' ')));
      }
    });
    names.add("unit costs");
    return "per-LA panel: DfE's figures where published; ILLUSTRATIVE: " + String.join(", ", names);
  }

  /** A panel field's provenance in a CSV cell: {@code real (2023-24)}, {@code derived (2021-22)}, {@code illustrative}. */
  public String provenanceCell(int laCode, String field) {
    org.sendfunding.funding.dataset.FieldProvenance p = dataset().provenance(laCode, field);
    return p.provenance().code() + p.period().map(y -> " (" + y + ")").orElse("");
  }

  /**
   * A caseload's provenance in a CSV cell: the weakest of its pupil counts (SEN2's mainstream total is
   * split into maintained, academy and resourced provision by stated shares, said separately), and of
   * its unit costs.
   */
  public String caseloadProvenanceCell(int laCode) {
    org.sendfunding.funding.dataset.Provenance pupils = org.sendfunding.funding.dataset.Provenance.REAL;
    org.sendfunding.funding.dataset.Provenance costs = org.sendfunding.funding.dataset.Provenance.REAL;
    for (java.util.Map.Entry<String, org.sendfunding.funding.dataset.FieldProvenance> e
        : dataset().caseload(laCode).fieldProvenance().entrySet()) {
      if (e.getKey().startsWith("pupils.MAINSTREAM_") || e.getKey().equals("pupils.RESOURCED_PROVISION")
          || e.getKey().equals("pupils.EDUCATED_ELSEWHERE")) {
        // SEN2 counts mainstream plans in one total, split by type by stated shares (said separately);
        // educated elsewhere less NEET is a difference of two published counts
        continue;
      } else if (e.getKey().startsWith("pupils.")) {
        pupils = pupils.and(e.getValue().provenance());
      } else {
        costs = costs.and(e.getValue().provenance());
      }
    }
    return "pupils " + pupils.code() + " (SEN2 January 2025); mainstream split by type illustrative; unit costs " + costs.code();
  }

  private static final java.util.Map<String, String> ILLUSTRATIVE_NAMES = java.util.Map.of(
      "free_school_meals", "NFF proxy counts", "idaci", "NFF proxy counts", "ks2_low_attainment", "NFF proxy counts",
      "ks4_low_attainment", "NFF proxy counts", "children_in_bad_health", "NFF proxy counts",
      "disability_living_allowance", "NFF proxy counts", "requested_block_transfer_percent", "block-transfer requests",
      "dsg_balance", "DSG balances 2026", "historic_spend", "historic spend");

  /** The dataset: the user's ({@code --data}) or the embedded England one (153 LAs; per-field provenance in {@link FundingDataset#provenance}), loaded once. */
  public synchronized FundingDataset dataset() {
    if (dataset == null) {
      dataset = FundingDataset.england();
    }
    return dataset;
  }

  /** The years projected: from the year after the dataset's base year to {@link #projectTo()}. */
  public int projectionYears() {
    return projectTo.startYear() - dataset().baseYear().startYear();
  }

  /**
   * The result of a built-in policy on the embedded dataset, projected to {@link #projectTo()} with
   * default assumptions; run once and shared by every section.
   */
  public synchronized ScenarioResult result(BuiltInPolicy policy) {
    ScenarioResult r = results.get(policy);
    if (r == null) {
      Scenario.Builder b = Scenario.builder().name(policy.title()).dataset(dataset())
          .assumptions(Assumptions.builder().years(projectionYears()).build());
      overlay.ifPresent(b::addOverlays);
      if (policy != BuiltInPolicy.TODAYS_RULES) {
        b.addOverlays(policy.overlay());
      }
      r = b.build().run();
      results.put(policy, r);
    }
    return r;
  }

  /**
   * Runs the policies' projections, with a progress bar when {@link #showProgress()} is on.
   *
   * @param policies the policies to run
   */
  public void runAll(List<BuiltInPolicy> policies) {
    if (!showProgress) {
      policies.forEach(this::result);
      return;
    }
    try (ProgressBar bar = new ProgressBar("Projecting " + policies.size() + " policies", policies.size())) {
      for (BuiltInPolicy p : policies) {
        bar.setExtraMessage(p.title());
        result(p);
        bar.step();
      }
    }
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

package org.sendfunding.examples.school;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sendfunding.examples.cli.AuthorityNames;
import org.sendfunding.examples.cli.CommandRunner;
import org.sendfunding.examples.cli.InputFiles;
import org.sendfunding.examples.cli.OutputFolder;
import org.sendfunding.examples.cli.UserError;
import org.sendfunding.examples.cli.Values;
import org.sendfunding.examples.report.CsvFile;
import org.sendfunding.examples.report.ProjectVersion;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.placeplus.Band;
import org.sendfunding.funding.placeplus.LocalBanding;
import org.sendfunding.funding.placeplus.PlacePlusRates;
import org.sendfunding.funding.placeplus.PupilGap;
import org.sendfunding.funding.placeplus.PupilPlacement;
import org.sendfunding.funding.placeplus.SchoolFundingGap;
import org.sendfunding.funding.placeplus.TopUpBasis;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.explain.ParameterUse;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.InputText;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.RoundingRule;
import org.sendfunding.model.pupil.SenProvision;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * A school leader's report: the school's SEN funding gap, pupil by pupil and in total, with a
 * letter-style summary of the evidence a head teacher could send to the LA or an MP.
 *
 * <pre>
 * bin/send-school-report examples/data/sample-school.csv --school "Riverside Primary School" \
 *     --la Shropshire --notional-sen-budget 60000 --banding shropshire
 * bin/send-school-report school.csv --school "Our School" --la 893 --notional-sen-budget "60,000" \
 *     --banding-file our-la-bands.yaml --out gap
 * </pre>
 *
 * <p>The gap is send-funding's {@link SchoolFundingGap}: cost of provision − notional SEN budget −
 * top-ups received. Each pupil's funding is priced by place-plus: the school meets the first £6,000
 * (element 2, from its notional SEN budget), and the LA's top-up (element 3) is set by the row's
 * basis and band. Every option is checked before anything is printed ({@code --la} against the
 * register of England's LAs, {@code --year} against the years the rates are in force, every BAND row
 * against a band that has an amount); a failure is one line and exit code 2 ({@link CommandRunner}).
 */
@Command(
    name = "send-school-report",
    mixinStandardHelpOptions = true,
    versionProvider = ProjectVersion.class,
    description = "A school's SEN funding gap (notional SEN budget and top-ups against the cost of provision), "
        + "pupil by pupil and in total, with a summary a head teacher can send to the LA or an MP.")
public final class SchoolFundingGapReport implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PUPILS.csv",
      description = "The school's SEN pupils: pupil_id,sen_provision,primary_need,provision_cost,top_up_basis,band,agreed_top_up")
  Path pupilsFile;

  @Option(names = "--school", required = true, description = "The school's name.")
  String school;

  @Option(names = "--la", required = true, paramLabel = "NAME|CODE",
      description = "The school's local authority: its name (Shropshire) or three-digit DfE code (893).")
  String laName;

  @Option(names = "--notional-sen-budget", required = true, paramLabel = "POUNDS", converter = Values.Pounds.class,
      description = "The school's notional SEN budget for the year, in pounds, e.g. 60000 or \"60,000\" (from the LA's budget statement).")
  Money budget;

  @Option(names = "--banding",
      description = "A shipped example banding for BAND top-ups: shropshire or southend (default: shropshire). Southend's bands "
          + "are descriptors without amounts: BAND rows need --banding-file or top_up_basis AGREED_AMOUNT.")
  String banding;

  @Option(names = "--banding-file", paramLabel = "FILE",
      description = "The LA's banding as a YAML file in send-funding's banding layout (authority, description, verified, reference, bands).")
  Path bandingFile;

  @Option(names = "--year", defaultValue = "2025-26", converter = Values.Year.class,
      description = "Financial year of the rates (default: ${DEFAULT-VALUE}).")
  FinancialYear year;

  @Option(names = "--setting", defaultValue = "MAINSTREAM_MAINTAINED",
      description = "MAINSTREAM_MAINTAINED or MAINSTREAM_ACADEMY (default: ${DEFAULT-VALUE}).")
  SettingType setting;

  @Option(names = "--basic-per-pupil", defaultValue = "5000", paramLabel = "POUNDS", converter = Values.Pounds.class,
      description = "Element 1, the basic per-pupil funding, in pounds; it does not change the gap (default: ${DEFAULT-VALUE}).")
  Money element1;

  @Option(names = "--out", description = "Also write the pupil lines (school-funding-gap.csv) and the letter (letter.txt) "
      + "to this folder, made if missing; relative to the folder you run the command in.")
  Path out;

  @Option(names = "--debug", description = "On a failure, print the stack trace too.")
  boolean debug;

  /** The LA named by --la, once checked. */
  private LocalAuthority authority;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final PrintStream terminal;

  SchoolFundingGapReport(PrintStream terminal) {
    this.terminal = terminal;
  }

  /** The banding, the rates and the LA, every option checked before the CSV is read. */
  record Checked(LocalBanding bands, PlacePlusRates rates, LocalAuthority authority) {}

  Checked check() {
    if (setting != SettingType.MAINSTREAM_MAINTAINED && setting != SettingType.MAINSTREAM_ACADEMY) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--setting " + setting + ": the funding gap is for mainstream schools (MAINSTREAM_MAINTAINED or MAINSTREAM_ACADEMY)");
    }
    LocalAuthority la = AuthorityNames.find("--la", laName, LocalAuthorities.england());
    PlacePlusRates rates;
    try {
      rates = PlacePlusRates.resolve(ParameterSet.defaults(), year);
      rates.notionalSenThreshold();
    } catch (RuntimeException e) {
      throw new UserError("--year " + year + ": the model has no place-plus rates in force in " + year
          + " (" + UserError.oneLine(e.getMessage()) + "); give a later year, e.g. 2025-26");
    }
    LocalBanding bands;
    if (bandingFile != null) {
      if (banding != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "give --banding or --banding-file, not both");
      }
      InputFiles.readable("--banding-file", bandingFile);
      String yaml = InputText.read(bandingFile, 1024 * 1024);
      try {
        bands = LocalBanding.loadYaml(bandingFile.toString(), yaml);
      } catch (InputException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        List<String> lines = e.getMessage().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        throw new UserError("--banding-file " + bandingFile + ": not a banding the model can read ("
            + (lines.size() == 1 ? lines.get(0) : lines.size() + " problems, listed above")
            + "); see send-funding's banding YAML files for the layout", lines.size() == 1 ? List.of() : lines);
      }
    } else {
      String name = banding == null ? "shropshire" : banding;
      try {
        bands = LocalBanding.example(name);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--banding " + name + ": " + e.getMessage()
            + "; or give your LA's banding with --banding-file");
      }
    }
    return new Checked(bands, rates, la);
  }

  /**
   * Checks every option as {@link #call()} does first, without running anything or writing a file
   * (the argument-parsing fuzz test calls it after picocli has parsed the arguments).
   *
   * @throws CommandLine.ParameterException for a bad option value
   * @throws UserError for a file that is missing or not what was expected
   */
  public void validate() {
    check();
  }

  @Override
  public Integer call() throws Exception {
    Checked checked = check();
    authority = checked.authority();
    LocalBanding bands = checked.bands();
    PlacePlusRates rates = checked.rates();
    InputFiles.readable("PUPILS.csv", pupilsFile);
    // The loader reads through the input layer: a Windows-1252 or UTF-16 file, a bad cell or an
    // implausible amount is a located InputException, printed as one line (or a list and one line).
    ImmutableList<SchoolPupil> pupils = SchoolPupilsCsv.read(pupilsFile, setting, element1, bands);
    checkBandsHaveAmounts(pupils, bands);
    List<PupilPlacement> placements = pupils.stream().map(SchoolPupil::placement).collect(Collectors.toList());
    SchoolFundingGap gap = SchoolFundingGap.compute(school, budget, placements, rates, bands);

    TextTable table = pupilTable(pupils, gap);
    String letter = letter(pupils, gap, rates);
    OutputFolder folder = out == null ? null : OutputFolder.prepare("--out", out);
    try {
      if (folder != null) {
        CsvFile.write(folder.staging().resolve("school-funding-gap.csv"), pupilCsv(pupils, gap, pupilsFile, year));
        Files.writeString(folder.staging().resolve("letter.txt"), letter, StandardCharsets.UTF_8);
        folder.commit();
      }
    } finally {
      if (folder != null) {
        folder.close();
      }
    }
    terminal.println(school + " — SEN funding gap " + year + " (" + authority.name() + ")");
    terminal.println();
    terminal.print(table.render());
    terminal.println();
    TextTable totals = totals(gap);
    terminal.print(totals.render());
    terminal.println();
    terminal.print(letter);
    if (folder != null) {
      terminal.println();
      terminal.println("Written: " + folder.target().resolve("school-funding-gap.csv") + ", " + folder.target().resolve("letter.txt"));
    }
    return 0;
  }

  /**
   * Every BAND row's band must carry an amount or a range: Southend's published bands are
   * descriptors only, so they cannot price a top-up.
   */
  private void checkBandsHaveAmounts(List<SchoolPupil> pupils, LocalBanding bands) {
    List<String> problems = new ArrayList<>();
    for (SchoolPupil p : pupils) {
      if (p.placement().topUpBasis() != TopUpBasis.BAND || p.placement().band().isEmpty()) {
        continue;
      }
      Band b = bands.band(p.placement().band().get());
      if (b.amount().isEmpty() && b.minimum().isEmpty() && b.maximum().isEmpty()) {
        problems.add(pupilsFile + " line " + p.line() + ", column 'band' ('" + b.id() + "'): " + bands.authority()
            + "'s band has no amount");
      }
    }
    if (!problems.isEmpty()) {
      throw new UserError(pupilsFile + ": " + (problems.size() == 1 ? problems.get(0) : problems.size()
          + " BAND rows name bands without amounts (listed above)") + "; " + bands.authority()
          + "'s banding describes needs but publishes no amounts: give your LA's amounts with --banding-file, or use"
          + " top_up_basis AGREED_AMOUNT with agreed_top_up", problems.size() == 1 ? List.of() : problems);
    }
  }

  /** The pupil lines for a spreadsheet: snake_case, plain pounds with two decimals, provenance. */
  static TextTable pupilCsv(List<SchoolPupil> pupils, SchoolFundingGap gap, Path source, FinancialYear year) {
    TextTable t = TextTable.withHeader("pupil_id", "sen_provision", "primary_need", "provision_cost",
        "from_notional_sen_budget", "top_up", "unfunded", "provenance");
    String provenance = "derived: costs from " + source.getFileName() + ", place-plus rates " + year;
    for (int i = 0; i < pupils.size(); i++) {
      SchoolPupil p = pupils.get(i);
      PupilGap g = gap.pupils().get(i);
      t.addRow(g.pupilId(), p.provision().censusCode(), p.primaryNeed().censusCode(), g.provisionCost().toPounds(),
          g.fromNotionalSenBudget().toPounds(), g.topUp().toPounds(), g.unfunded().toPounds(), provenance);
    }
    return t;
  }

  static TextTable pupilTable(List<SchoolPupil> pupils, SchoolFundingGap gap) {
    TextTable t = TextTable.withHeader("pupil", "SEN", "need", "cost of provision", "from notional SEN budget",
        "top-up", "unfunded");
    for (int i = 0; i < pupils.size(); i++) {
      SchoolPupil p = pupils.get(i);
      PupilGap g = gap.pupils().get(i);
      t.addRow(g.pupilId(), p.provision() == SenProvision.EHC_PLAN ? "EHC plan" : "SEN support", p.primaryNeed().censusCode(),
          g.provisionCost(), g.fromNotionalSenBudget(), g.topUp(), g.unfunded());
    }
    return t;
  }

  static TextTable totals(SchoolFundingGap gap) {
    TextTable t = TextTable.withHeader("school total", "amount");
    t.addRow("cost of SEN provision", gap.totalCost());
    t.addRow("notional SEN budget", gap.notionalSenBudget());
    t.addRow("top-ups received from the LA", gap.topUpsReceived());
    t.addRow("funding gap (cost - notional budget - top-ups)", gap.gap());
    t.addRow("first £6,000 per pupil drawn on the notional budget", gap.drawnOnNotionalBudget());
    t.addRow("notional budget headroom", gap.notionalHeadroom());
    return t;
  }

  String letter(List<SchoolPupil> pupils, SchoolFundingGap gap, PlacePlusRates rates) {
    long plans = pupils.stream().filter(p -> p.provision() == SenProvision.EHC_PLAN).count();
    long support = pupils.size() - plans;
    long toppedUp = gap.pupils().stream().filter(p -> p.topUp().isPositive()).count();
    Money threshold = rates.notionalSenThreshold();
    StringBuilder s = new StringBuilder();
    s.append("Dear ").append(authority.name()).append(" SEND team (copy to our Member of Parliament),\n\n");
    s.append("Re: the cost of special educational provision at ").append(school).append(", ").append(year).append("\n\n");
    s.append(String.format("%s has costed the additional support of %d pupils with special educational needs: "
        + "%d with an education, health and care (EHC) plan and %d on SEN support. This year that support costs %s.%n%n",
        school, pupils.size(), plans, support, gap.totalCost()));
    s.append(String.format("Our notional SEN budget is %s. Schools are expected to meet the first %s of each pupil's "
        + "additional support from it; for these pupils that comes to %s, ", gap.notionalSenBudget(), threshold,
        gap.drawnOnNotionalBudget()));
    if (gap.notionalHeadroom().isNegative()) {
      s.append(String.format("%s more than the whole notional budget.%n%n", gap.notionalHeadroom().negated()));
    } else {
      s.append(String.format("leaving %s of the notional budget.%n%n", gap.notionalHeadroom()));
    }
    s.append(String.format("%s pays top-ups of %s for %d of the pupils.%n%n", authority.name(), gap.topUpsReceived(), toppedUp));
    if (gap.gap().isPositive()) {
      s.append(String.format("That leaves %s of the cost of provision unfunded: %s for each of these pupils, which the school "
          + "meets from the budget meant for all its pupils.%n", gap.gap(),
          gap.gap().dividedBy(pupils.size(), RoundingRule.HALF_UP_TO_PENNY)));
      List<PupilGap> largest = new ArrayList<>(gap.pupils());
      largest.sort(Comparator.comparing(PupilGap::unfunded).reversed().thenComparing(PupilGap::pupilId));
      List<String> named = largest.stream().filter(p -> p.unfunded().isPositive()).limit(3)
          .map(p -> p.pupilId() + " (" + p.unfunded() + ")").collect(Collectors.toList());
      if (!named.isEmpty()) {
        s.append("The largest unfunded costs are for pupils ").append(String.join(", ", named)).append(".\n");
      }
    } else {
      s.append(String.format("On these figures the notional budget and top-ups cover the cost of provision, with %s to spare.%n",
          gap.gap().negated()));
    }
    List<String> published = PublishedLaFigures.sentences(authority);
    if (!published.isEmpty()) {
      s.append("\nThe published figures for ").append(authority.name()).append(" show the pressure behind this:\n");
      published.forEach(p -> s.append("- ").append(p).append('\n'));
    }
    s.append("\nThe figures for each pupil are attached. They were computed with the open-source SEND Funding Model ");
    ParameterUse use = thresholdUse(gap);
    if (use != null && !use.references().isEmpty()) {
      s.append("using the ").append(threshold).append(" threshold (").append(use.path()).append(", in force from ")
          .append(use.inForceFrom()).append("; source: ").append(use.references().get(0).title()).append(")");
    }
    s.append(" and ").append(authority.name()).append("'s top-up bands.\n\nYours faithfully,\n\nHead teacher, ").append(school).append('\n');
    return s.toString();
  }

  private static ParameterUse thresholdUse(SchoolFundingGap gap) {
    return gap.explanation().children().stream().flatMap(c -> c.children().stream())
        .flatMap(c -> c.parameters().stream()).findFirst().orElse(null);
  }

  /** Runs the report; exits with 0 on success, 2 on a failure the user can put right, 1 on a defect. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the report with the given streams and returns the exit code (for tests). */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return CommandRunner.run("send-school-report", new SchoolFundingGapReport(out), out, err, args);
  }
}

package org.sendfunding.examples.school;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sendfunding.examples.report.CsvFile;
import org.sendfunding.examples.report.ProjectVersion;
import org.sendfunding.examples.report.TextTable;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.placeplus.LocalBanding;
import org.sendfunding.funding.placeplus.PlacePlusRates;
import org.sendfunding.funding.placeplus.PupilGap;
import org.sendfunding.funding.placeplus.PupilPlacement;
import org.sendfunding.funding.placeplus.SchoolFundingGap;
import org.sendfunding.model.explain.ParameterUse;
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
 * </pre>
 *
 * <p>The gap is send-funding's {@link SchoolFundingGap}: cost of provision − notional SEN budget −
 * top-ups received. Each pupil's funding is priced by place-plus: the school meets the first £6,000
 * (element 2, from its notional SEN budget), and the LA's top-up (element 3) is set by the row's
 * basis and band.
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
      description = "The school's local authority, by name or DfE code; the letter cites its published figures.")
  String localAuthority;

  @Option(names = "--notional-sen-budget", required = true, paramLabel = "POUNDS",
      description = "The school's notional SEN budget for the year, in pounds (from the LA's budget statement).")
  String notionalSenBudget;

  @Option(names = "--banding", defaultValue = "shropshire",
      description = "The LA's banding for BAND top-ups: shropshire or southend (default: ${DEFAULT-VALUE}).")
  String banding;

  @Option(names = "--year", defaultValue = "2025-26", converter = YearConverter.class,
      description = "Financial year of the rates (default: ${DEFAULT-VALUE}).")
  FinancialYear year;

  @Option(names = "--setting", defaultValue = "MAINSTREAM_MAINTAINED",
      description = "MAINSTREAM_MAINTAINED or MAINSTREAM_ACADEMY (default: ${DEFAULT-VALUE}).")
  SettingType setting;

  @Option(names = "--basic-per-pupil", defaultValue = "5000", paramLabel = "POUNDS",
      description = "Element 1, the basic per-pupil funding, in pounds; it does not change the gap (default: ${DEFAULT-VALUE}).")
  String basicPerPupil;

  @Option(names = "--out", description = "Also write the pupil lines (school-funding-gap.csv) and the letter (letter.txt) here.")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final PrintStream terminal;

  /** The LA's published figures the letter cites (set by {@link #call}; none when the letter is built alone). */
  private LaPublishedFigures published;

  SchoolFundingGapReport(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    if (setting != SettingType.MAINSTREAM_MAINTAINED && setting != SettingType.MAINSTREAM_ACADEMY) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--setting " + setting + ": the funding gap is for mainstream schools (MAINSTREAM_MAINTAINED or MAINSTREAM_ACADEMY)");
    }
    Money budget = money("--notional-sen-budget", notionalSenBudget);
    Money element1 = money("--basic-per-pupil", basicPerPupil);
    LocalBanding bands;
    try {
      bands = LocalBanding.example(banding);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--banding " + banding + ": " + e.getMessage());
    }
    // issue 24: the letter cites the school's own LA's published figures, so --la must name a real LA.
    try {
      published = LaPublishedFigures.of(org.sendfunding.examples.report.AuthorityLookup.find(localAuthority));
      localAuthority = published.authority().name();
    } catch (org.sendfunding.examples.report.AuthorityLookup.UnknownAuthorityException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--la " + localAuthority + ": " + e.getMessage());
    }
    ImmutableList<SchoolPupil> pupils = SchoolPupilsCsv.read(pupilsFile, setting, element1, bands);
    PlacePlusRates rates = PlacePlusRates.resolve(ParameterSet.defaults(), year);
    List<PupilPlacement> placements = pupils.stream().map(SchoolPupil::placement).collect(Collectors.toList());
    SchoolFundingGap gap = SchoolFundingGap.compute(school, budget, placements, rates, bands);

    TextTable table = pupilTable(pupils, gap);
    terminal.println(school + " — SEN funding gap " + year + " (" + localAuthority + ")");
    terminal.println();
    terminal.print(table.render());
    terminal.println();
    TextTable totals = totals(gap);
    terminal.print(totals.render());
    terminal.println();
    String letter = letter(pupils, gap, rates);
    terminal.print(letter);
    if (out != null) {
      Files.createDirectories(out);
      CsvFile.write(out.resolve("school-funding-gap.csv"), table);
      Files.writeString(out.resolve("letter.txt"), letter);
      terminal.println();
      terminal.println("Written: " + out.resolve("school-funding-gap.csv") + ", " + out.resolve("letter.txt"));
    }
    return 0;
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
    s.append("Dear ").append(localAuthority).append(" SEND team (copy to our Member of Parliament),\n\n");
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
    s.append(String.format("%s pays top-ups of %s for %d of the pupils.%n%n", localAuthority, gap.topUpsReceived(), toppedUp));
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
    if (published != null) {
      s.append("\n").append(localAuthority).append("'s own published figures show the pressure the school meets:\n");
      published.sentences().forEach(line -> s.append("- ").append(line).append('\n'));
    }
    s.append("\nThe figures for each pupil are attached. They were computed with the open-source SEND Funding Model ");
    ParameterUse use = thresholdUse(gap);
    if (use != null && !use.references().isEmpty()) {
      s.append("using the ").append(threshold).append(" threshold (").append(use.path()).append(", in force from ")
          .append(use.inForceFrom()).append("; source: ").append(use.references().get(0).title()).append(")");
    }
    s.append(" and ").append(localAuthority).append("'s top-up bands.\n\nYours faithfully,\n\nHead teacher, ").append(school).append('\n');
    return s.toString();
  }

  private static ParameterUse thresholdUse(SchoolFundingGap gap) {
    return gap.explanation().children().stream().flatMap(c -> c.children().stream())
        .flatMap(c -> c.parameters().stream()).findFirst().orElse(null);
  }

  private Money money(String option, String value) {
    try {
      Money m = Money.ofPounds(value);
      if (m.isNegative()) {
        throw new IllegalArgumentException(m + " must not be negative");
      }
      return m;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + " '" + value + "': " + e.getMessage());
    }
  }

  /** Runs the report; exits with 0 on success, 2 on bad arguments or a bad CSV, 1 on failure. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the report with the given streams and returns the exit code (for tests). */
  static int run(PrintStream out, PrintStream err, String... args) {
    CommandLine cli = new CommandLine(new SchoolFundingGapReport(out));
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof SchoolCsvException) {
        cmd.getErr().println(e.getMessage());
        return 2;
      }
      if (e instanceof org.sendfunding.model.money.MoneyOverflowException) {
        // A figure in the CSV so large that the school's totals leave the range of money: the
        // message names the pupil and the total; nothing is written.
        cmd.getErr().println(((SchoolFundingGapReport) cmd.getCommand()).pupilsFile + ": " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return cli.execute(args);
  }

  /** Parses "2025-26". */
  static final class YearConverter implements CommandLine.ITypeConverter<FinancialYear> {
    @Override
    public FinancialYear convert(String value) {
      return FinancialYear.parse(value);
    }
  }

}

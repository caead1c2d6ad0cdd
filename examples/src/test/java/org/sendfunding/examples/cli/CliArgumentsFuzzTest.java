package org.sendfunding.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sendfunding.examples.accountability.AccountabilityComparisonAccess;
import org.sendfunding.examples.ehcp.EhcpDeadlinesAccess;
import org.sendfunding.examples.england.EnglandReportAccess;
import org.sendfunding.examples.school.SchoolFundingGapReportAccess;
import picocli.CommandLine;

/**
 * Fuzzes the commands' argument parsing and option checks: whatever the arguments (one per line of
 * the input), parsing then {@code validate()} either accepts them or fails as {@link CommandRunner}
 * promises a user, with exit code 2 and one line naming the command; never a defect (exit 1), never
 * a stack trace, never a file written. Seed corpora are in {@code CliArgumentsFuzzTestInputs/<method>/}.
 */
class CliArgumentsFuzzTest {

  static String[] args(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    return text.isEmpty() ? new String[0] : text.split("\n", -1);
  }

  /** Parses and checks; any failure must be a user's, reported on one line. */
  static void parsesOrFailsOnOneLine(String name, Object command, Runnable validate, String[] args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    try {
      CommandLine cli = new CommandLine(command);
      CommandLine.ParseResult parsed = cli.parseArgs(args);
      if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
        return;
      }
      validate.run();
    } catch (RuntimeException failure) {
      int code = CommandRunner.report(name, failure, e);
      String printed = err.toString(StandardCharsets.UTF_8);
      assertThat(code).as(printed).isEqualTo(CommandRunner.USER_ERROR);
      List<String> lines = printed.lines().toList();
      assertThat(lines).isNotEmpty();
      assertThat(lines.get(lines.size() - 1)).startsWith(name + ": ");
      assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(l -> assertThat(l).startsWith("  "));
      assertThat(printed).doesNotContain("\tat ");
    }
  }

  @FuzzTest(maxDuration = "60s")
  void reportArguments(byte[] data) {
    EnglandReportAccess r = new EnglandReportAccess();
    parsesOrFailsOnOneLine("send-report", r.command(), r::validate, args(data));
  }

  @FuzzTest(maxDuration = "60s")
  void schoolReportArguments(byte[] data) {
    SchoolFundingGapReportAccess r = new SchoolFundingGapReportAccess();
    parsesOrFailsOnOneLine("send-school-report", r.command(), r::validate, args(data));
  }

  @FuzzTest(maxDuration = "60s")
  void otherCommandArguments(byte[] data) {
    String[] a = args(data);
    parsesOrFailsOnOneLine("send-ehcp-deadlines", EhcpDeadlinesAccess.command(), () -> { }, a);
    parsesOrFailsOnOneLine("send-accountability", AccountabilityComparisonAccess.command(), () -> { }, a);
  }
}

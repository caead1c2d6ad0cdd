package org.sendfunding.funding.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.scenario.BuiltInPolicy;
import org.sendfunding.funding.scenario.Measure;
import org.sendfunding.funding.scenario.ScenarioResult;
import org.sendfunding.model.time.FinancialYear;

/** Runs the worked example of send-funding/README.md and checks the output printed there. */
class ReadmeExampleTest {

  /** The README's code, printing to a string instead of System.out. */
  static String example() {
    StringBuilder out = new StringBuilder();
    FundingDataset england = FundingDataset.england();
    ScenarioResult today = BuiltInPolicy.TODAYS_RULES.scenario(england).run();
    ScenarioResult cancel = BuiltInPolicy.DEFICIT_CANCELLATION.scenario(england).run();
    FinancialYear y = FinancialYear.parse("2028-29");
    out.append("national closing DSG balance " + y + ": today's rules " + today.national(y, Measure.CLOSING_BALANCE)
        + ", deficit cancellation " + cancel.national(y, Measure.CLOSING_BALANCE)).append('\n');
    out.append(today.explain(876, y, Measure.GENERAL_FUND_DEFICIT).toText()).append('\n');
    return out.toString();
  }

  /** Every line of the README's printed block, except those it elides with "...", is in the output. */
  @Test
  void readme_output_is_what_the_code_prints() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```", readme.indexOf("Prints (checked by `ReadmeExampleTest`):")) + 4;
    List<String> expected = readme.substring(start, readme.indexOf("```", start)).lines()
        .filter(l -> !l.contains("...") && !l.isBlank()).toList();
    assertThat(expected).hasSizeGreaterThan(8);
    List<String> actual = example().lines().toList();
    for (String line : expected) {
      assertThat(actual).as("README line").contains(line);
    }
  }

  /** The README's code block is the code this test runs (so the two cannot drift apart). */
  @Test
  void readme_code_is_the_code_run_here() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```java", readme.indexOf("## Worked example")) + 8;
    String code = readme.substring(start, readme.indexOf("```", start));
    assertThat(code)
        .contains("BuiltInPolicy.TODAYS_RULES.scenario(england).run()")
        .contains("BuiltInPolicy.DEFICIT_CANCELLATION.scenario(england).run()")
        .contains("FinancialYear.parse(\"2028-29\")")
        .contains("today.explain(876, y, Measure.GENERAL_FUND_DEFICIT).toText()");
  }
}

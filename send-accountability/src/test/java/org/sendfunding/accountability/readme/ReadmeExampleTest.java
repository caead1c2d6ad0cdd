package org.sendfunding.accountability.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.accountability.cohort.Cohort;
import org.sendfunding.accountability.cohort.IllustrativeCohort;
import org.sendfunding.accountability.comparison.ComparisonCalculator;
import org.sendfunding.accountability.comparison.ComparisonResult;
import org.sendfunding.accountability.comparison.PairwiseComparison;
import org.sendfunding.accountability.progress8.Progress8Calculator;
import org.sendfunding.accountability.progress8.Progress8Result;
import org.sendfunding.accountability.senprogress.SenProgress8Calculator;
import org.sendfunding.accountability.senprogress.SenProgress8Report;
import org.sendfunding.accountability.timeonroll.TimeOnRollCalculator;

/** Runs the worked example of send-accountability/README.md and checks the output printed there. */
class ReadmeExampleTest {

  static String example() {
    StringBuilder out = new StringBuilder();
    Cohort cohort = IllustrativeCohort.generate(2026);
    ComparisonResult r = ComparisonCalculator.DEFAULT.compare(cohort);
    out.append(cohort).append('\n');
    out.append(r.progress8()).append('\n');
    r.progress8().byProvision().values().forEach(g -> out.append("  ").append(g).append('\n'));
    out.append("CVA coefficients (Attainment 8 points):\n");
    r.contextualValueAdded().coefficients().forEach(c -> out.append("  ").append(c).append('\n'));
    for (PairwiseComparison c : r.comparisons()) {
      out.append(c).append('\n');
      c.movements().subList(0, 3).forEach(m -> out.append("  ").append(m).append('\n'));
    }
    out.append(r.progress8().school(140058).explanation().toText()).append('\n');
    Progress8Result national = Progress8Calculator.DEFAULT.calculateNational(cohort, 2023);
    SenProgress8Report sen = SenProgress8Calculator.DEFAULT.calculate(cohort, national,
        TimeOnRollCalculator.DEFAULT.calculate(cohort, national));
    out.append(national).append('\n');
    out.append(sen.cohortText());
    out.append(sen.school(140058).toText()).append('\n');
    out.append(sen.school(140006).toText()).append('\n');
    return out.toString();
  }

  /** Prints the example's output, to refresh the README after a deliberate change. */
  public static void main(String[] args) {
    System.out.print(example());
  }

  /** Every line of the README's printed block, except those it elides with "...", is in the output. */
  @Test
  void readme_output_is_what_the_code_prints() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```", readme.indexOf("Prints (checked by `ReadmeExampleTest`):")) + 4;
    List<String> expected = readme.substring(start, readme.indexOf("```", start)).lines()
        .filter(l -> !l.contains("...") && !l.isBlank()).toList();
    assertThat(expected).hasSizeGreaterThan(30);
    List<String> actual = example().lines().toList();
    for (String line : expected) {
      assertThat(actual).as("README line").contains(line);
    }
  }
}

package org.sendfunding.funding.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.testing.Concurrently;
import org.sendfunding.funding.dataset.FundingDataset;

/**
 * Scenario runs are byte-for-byte deterministic: the CSV and JSON of a run are the same across
 * repeated runs, across separately built but equal scenarios, and with 8 runs at once on 8 threads
 * (England) or on 1, 2 and 8 threads (the two-LA dataset).
 */
class ScenarioDeterminismTest {

  private static final FundingDataset ENGLAND = FundingDataset.england();

  private static String output(ScenarioResult r) {
    return r.toCsv() + "\n" + r.toJson();
  }

  @Test
  void england_run_is_byte_for_byte_identical_on_every_thread_count() {
    Scenario scenario = BuiltInPolicy.NINETY_PERCENT_COVER.scenario(ENGLAND);
    Concurrently.assertSameAsSingleThreaded(scenario::run, ScenarioDeterminismTest::output, Concurrently.TASKS);
  }

  @Test
  void separately_built_scenarios_give_identical_bytes() {
    String first = output(BuiltInPolicy.THREE_YEAR_SETTLEMENT.scenario(ENGLAND).run());
    String second = output(BuiltInPolicy.THREE_YEAR_SETTLEMENT.scenario(FundingDataset.england()).run());
    assertThat(second).isEqualTo(first);
    assertThat(first).contains("Three-year settlement");
  }

  @Test
  void comparison_is_identical_on_every_thread() {
    Scenario a = BuiltInPolicy.TODAYS_RULES.scenario(TinyDatasets.twoLas());
    Scenario b = BuiltInPolicy.DEFICIT_CANCELLATION.scenario(TinyDatasets.twoLas());
    Concurrently.assertSameAsSingleThreaded(() -> Scenario.compare(a, b), c -> c.differences());
  }

  @Test
  void every_built_in_policy_runs_identically_in_parallel_with_the_others() {
    FundingDataset two = TinyDatasets.twoLas();
    List<String> sequential = java.util.Arrays.stream(BuiltInPolicy.values())
        .map(p -> output(p.scenario(two).run())).collect(java.util.stream.Collectors.toList());
    List<String> parallel = java.util.Arrays.stream(BuiltInPolicy.values()).parallel()
        .map(p -> output(p.scenario(two).run())).collect(java.util.stream.Collectors.toList());
    assertThat(parallel).isEqualTo(sequential);
  }
}

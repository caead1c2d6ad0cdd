package org.sendfunding.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fails when a public value type of send-model, send-ehcp, send-funding or send-accountability has no
 * JSON form: a new {@code @Value.Immutable} type must get a {@link RecordJson} description (or be
 * excluded below with the reason).
 */
class JsonCoverageTest {

  private static final ObjectMapper JSON = SendJson.mapper();

  /**
   * Public types that Immutables implements but that are not data. {@code Calibration} is a computed
   * result: it holds the {@code TransitionModel} the calibrator built (an engine's table with no JSON
   * form); its inputs, {@code PublishedTables}, round-trip, and re-running
   * {@code CaseloadCalibrator.calibrate} on them gives it back. (Engines, loaders, exceptions and
   * computed views such as {@code ScenarioResult} are hand-written classes without value equality, so the
   * scan does not find them; see docs/reliability.md section 4.)
   */
  static final ImmutableSet<Class<?>> NOT_VALUES = ImmutableSet.of(org.sendfunding.ehcp.projection.Calibration.class);

  @Test
  void the_scan_finds_the_value_types_of_all_four_modules() {
    ImmutableSet<Class<?>> all = ValueTypes.all();
    assertThat(all).contains(org.sendfunding.model.money.Money.class, org.sendfunding.ehcp.plan.Ehcp.class,
        org.sendfunding.funding.highneeds.HighNeedsNffResult.class,
        org.sendfunding.accountability.comparison.ComparisonResult.class,
        org.sendfunding.funding.scenario.ScenarioComparison.Difference.class);
    assertThat(all.size()).isGreaterThan(90);
  }

  @Test
  void every_public_value_type_has_a_json_writer_and_reader_of_ours() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : ValueTypes.all()) {
      if (NOT_VALUES.contains(type)) {
        continue;
      }
      JsonSerializer<Object> writer = JSON.getSerializerProviderInstance().findValueSerializer(type);
      if (!writer.getClass().getName().startsWith("org.sendfunding.json.")) {
        missing.add(type.getName() + " (writer " + writer.getClass().getSimpleName() + ")");
        continue;
      }
      try {
        // every reader of ours refuses a JSON array naming the type; Jackson's bean reader would not
        JSON.readValue("[true]", type);
        missing.add(type.getName() + " (reader accepted [true])");
      } catch (JsonMappingException e) {
        if (!e.getOriginalMessage().startsWith(type.getSimpleName() + ":")) {
          missing.add(type.getName() + " (reader: " + e.getOriginalMessage() + ")");
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void an_unmapped_type_is_detected() {
    // the check above would report a type Jackson reads as a bean: this proves the check can fail
    assertThatThrownBy(() -> JSON.readValue("[true]", java.awt.Point.class))
        .isInstanceOf(JsonMappingException.class)
        .satisfies(e -> assertThat(((JsonMappingException) e).getOriginalMessage()).doesNotStartWith("Point:"));
  }
}

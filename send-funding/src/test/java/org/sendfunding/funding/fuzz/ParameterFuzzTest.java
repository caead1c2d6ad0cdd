package org.sendfunding.funding.fuzz;

import org.sendfunding.model.testing.LoaderProperty;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.collect.ImmutableMap;
import org.sendfunding.funding.parameter.ParameterException;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;

/**
 * Fuzzes the parameter loaders: one parameter file ({@link ParameterSet#parse}) and an overlay, the
 * scenario file format ({@link ParameterOverlay#loadYaml(String, String, ParameterSet)}).
 *
 * <p>Without {@code JAZZER_FUZZ=1} each method runs once per file of its seed corpus in
 * {@code ParameterFuzzTestInputs/<method>/}: that is the regression test in {@code ./mvnw verify}.
 */
class ParameterFuzzTest {

  private static final ParameterSet BASE = ParameterSet.defaults();
  private static final YAMLMapper YAML = new YAMLMapper();

  @FuzzTest(maxDuration = "60s")
  void parameterFile(byte[] data) {
    String file = "highneeds/nff/fuzzed.yaml";
    LoaderProperty.loadsOrFailsCleanly(file, ParameterException.class,
        () -> ParameterSet.parse(ImmutableMap.of(file, LoaderProperty.text(data))),
        set -> {
          assertThat(set.paths()).isNotEmpty();
          assertThat(set.paths()).allMatch(p -> p.startsWith("highneeds.nff.fuzzed"));
          // complete: a group file yields one parameter per entry, a single file exactly one
          assertThat(set.paths()).hasSize(expectedParameters(LoaderProperty.text(data)));
        });
  }

  @FuzzTest(maxDuration = "60s")
  void overlay(byte[] data) {
    String file = "fuzzed-overlay.yaml";
    LoaderProperty.loadsOrFailsCleanly(file, ParameterException.class,
        () -> ParameterOverlay.loadYaml(file, LoaderProperty.text(data), BASE),
        overlay -> {
          assertThat(overlay.name()).isNotBlank();
          assertThat(overlay.overrides()).hasSize(yamlTree(LoaderProperty.text(data)).get("overrides").size());
          // an overlay that loaded must also apply to the parameters it was checked against
          assertThat(BASE.withOverlay(overlay).paths()).isEqualTo(BASE.paths());
        });
  }

  private static int expectedParameters(String yaml) {
    JsonNode root = yamlTree(yaml);
    return root.has("parameters") ? root.get("parameters").size() : 1;
  }

  private static JsonNode yamlTree(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (Exception e) {
      throw new AssertionError("the loader accepted text that is not YAML", e);
    }
  }
}

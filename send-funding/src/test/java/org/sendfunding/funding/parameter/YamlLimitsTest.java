package org.sendfunding.funding.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.placeplus.LocalBanding;

class YamlLimitsTest {

  private static final String HUGE = "description: " + Strings.repeat("x", 1024 * 1024) + "\n";

  @Test
  void an_over_size_parameter_file_is_refused_before_parsing() {
    ParameterException e = catchThrowableOfType(ParameterException.class,
        () -> ParameterSet.parse(ImmutableMap.of("a/b.yaml", HUGE)));
    assertThat(e.messages()).containsExactly("a/b.yaml: 1048590 characters, more than the limit of 1048576");
  }

  @Test
  void an_over_size_overlay_is_refused() {
    ParameterException e = catchThrowableOfType(ParameterException.class,
        () -> ParameterOverlay.loadYaml("big.yaml", HUGE, ParameterSet.defaults()));
    assertThat(e.messages()).containsExactly("big.yaml: 1048590 characters, more than the limit of 1048576");
  }

  @Test
  void an_over_size_banding_is_refused() {
    assertThatThrownBy(() -> LocalBanding.loadYaml("band.yaml", HUGE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("band.yaml: 1048590 characters, more than the limit of 1048576");
  }
}

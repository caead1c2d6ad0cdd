package org.sendfunding.funding.placeplus;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.testing.Concurrently;
import org.sendfunding.model.setting.SettingType;

/** Place-plus funding used from many threads on the same caseload gives the single-threaded result. */
class PlacePlusConcurrencyTest {

  private static final List<PupilPlacement> CASELOAD = PlacePlusPropertiesTest.randomCaseload(11L, 2_000);
  private static final Map<SettingType, Long> PLACES = ImmutableMap.of(
      SettingType.MAINTAINED_SPECIAL, 300L, SettingType.ACADEMY_SPECIAL, 250L, SettingType.RESOURCED_PROVISION, 60L);

  @Test
  void each_pupil_is_funded_identically_on_every_thread() {
    Concurrently.assertSameAsSingleThreaded(() -> CASELOAD.stream()
        .map(p -> PlacePlus.DEFAULT.fund(p, PlacePlusTest.RATES, PlacePlusTest.SHROPSHIRE))
        .collect(Collectors.toList()), r -> r);
  }

  @Test
  void high_needs_spend_of_a_caseload_is_identical_on_every_thread() {
    Concurrently.assertSameAsSingleThreaded(
        () -> PlacePlus.DEFAULT.highNeedsSpend(CASELOAD, PLACES, PlacePlusTest.RATES, PlacePlusTest.SHROPSHIRE),
        r -> r);
  }
}

package org.sendfunding.funding.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.model.setting.SettingType;

class SufficiencyDataGeneratorTest {

  @Test
  void embedded_files_are_exactly_what_the_seeded_generator_produces() throws IOException {
    Map<String, String> files = SufficiencyDataGenerator.generate();
    if (Boolean.getBoolean("sendfunding.regenerate")) {
      Path dir = Path.of("src/main/resources" + FundingDataset.ENGLAND_RESOURCES);
      for (Map.Entry<String, String> e : files.entrySet()) {
        Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    }
    for (Map.Entry<String, String> e : files.entrySet()) {
      try (InputStream in = getClass().getResourceAsStream(FundingDataset.ENGLAND_RESOURCES + e.getKey())) {
        assertThat(in).as(e.getKey()).isNotNull();
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(e.getKey()).isEqualTo(e.getValue());
      }
    }
  }

  @Test
  void england_data_matches_national_totals_and_is_labelled_illustrative() {
    SufficiencyData d = SufficiencyData.england();
    assertThat(d.illustrative()).isTrue();
    assertThat(d.services()).allMatch(s -> s.provenance() == Provenance.ILLUSTRATIVE);
    // 2,325 EPs directly employed by LAs, School Workforce Census Nov 2022 (DfE, PQ 200134)
    BigDecimal ep = d.services().stream().filter(s -> s.service() == SupportService.EDUCATIONAL_PSYCHOLOGY)
        .map(ServiceCapacity::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(ep).isEqualByComparingTo("2325.0");
    assertThat(d.services()).hasSize(153 * 5);
    assertThat(d.services()).allMatch(s -> s.fte().compareTo(BigDecimal.valueOf(2)) >= 0);
    // special-school capacity = 0.95625 x roll (SCAP May 2024: 153,000 places vs ~160,000 on roll)
    long roll = d.places().stream().filter(p -> p.setting() == SettingType.MAINTAINED_SPECIAL || p.setting() == SettingType.ACADEMY_SPECIAL)
        .mapToLong(PlaceSupply::onRoll).sum();
    long cap = d.places().stream().filter(p -> p.setting() == SettingType.MAINTAINED_SPECIAL || p.setting() == SettingType.ACADEMY_SPECIAL)
        .mapToLong(PlaceSupply::capacity).sum();
    // on roll: the caseload's plans in state special schools, SEN2 January 2025 (85,920 maintained + 73,932
    // academies as published, with North East Lincolnshire's and Cambridgeshire's "x" placements shared by
    // their January 2024 ones): 88,168 + 73,932
    assertThat(roll).isEqualTo(162_100);
    // rounded per setting type: 88,168 x 0.95625 = 84,310.65 -> 84,311; 73,932 x 0.95625 = 70,697.475 -> 70,697
    assertThat(cap).isEqualTo(84_311 + 70_697);
    assertThat(d.capital().stream().filter(c -> c.setting() == SettingType.RESOURCED_PROVISION).mapToLong(CapitalProject::places).sum())
        .isEqualTo(10_000);
    assertThat(d.capital().stream().filter(c -> c.setting() == SettingType.ACADEMY_SPECIAL).mapToLong(CapitalProject::places).sum())
        .isEqualTo(2_000);
  }
}

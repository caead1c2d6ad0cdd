package org.sendfunding.examples.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendfunding.model.authority.LocalAuthorities;

/**
 * The school leader's letter cites its LA's published figures, each with source and year. Figures
 * from the embedded DfE tables: Rutland 340 plans in January 2024, 376 in January 2025, 222 in
 * January 2020; England 576,474 (January 2024, revised), 638,745 (2025), 390,109 (2020); 2024
 * timeliness 74.3% (78.4%) against England's 45.9% (46.4%); Rutland's 2021-22 high-needs block
 * £4,579,335 ÷ 7,940.61 children aged 2–18 = £576.70 a head.
 */
class LaPublishedFiguresTest {

  @Test
  void rutland_growth_timeliness_and_block_per_head() {
    LaPublishedFigures f = LaPublishedFigures.of(LocalAuthorities.england().byCode(857));
    assertThat(f.sentences()).containsExactly(
        "Rutland had 376 EHC plans in January 2025, up 36 (10.6%) on January 2024 and up 154 (69.4%) on January 2020;"
            + " England: 638,745, up 62,271 (10.8%) and up 248,636 (63.7%) (source: DfE, Education, health and care plans,"
            + " reporting year 2025, SEN2 January census 2025).",
        "In 2024 Rutland issued 74.3% of new EHC plans within the statutory 20 weeks (78.4% excluding exceptions);"
            + " England: 45.9% (46.4%) (source: DfE, Education, health and care plans, reporting year 2025, calendar year 2024).",
        "Its high-needs block for 2021-22 was £576.70 per head of the population aged 2-18 against £683.94 for England"
            + " (150 LAs), 15.7% below England's (sources: DfE, Dedicated schools grant (DSG): allocation tables 2019 to 2020"
            + " through 2023 to 2024, high needs block 2021-22; High needs benchmarking tool, 2021 to 2022, ONS mid-2021"
            + " projection of the population aged 2-18).");
  }

  @Test
  void a_successor_says_which_years_are_carried_from_its_predecessor() {
    LaPublishedFigures f = LaPublishedFigures.of(LocalAuthorities.england().byCode(942));
    assertThat(f.sentences().get(0)).startsWith("Cumberland had 2,893 EHC plans in January 2025, up 237 (8.9%) on January 2024")
        .contains("[January 2020 carried from the predecessor: Cumbria (909) 3495 split by Cumberland's share of the"
            + " successors' EHC_PLANS in January 2024 (2656 of 4852, 54.7%)");
    assertThat(f.sentences().get(2)).contains("[2021-22 carried from the predecessor: Cumbria (909) 53961066 split by");
  }

  @Test
  void the_letter_cites_the_schools_own_la(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path sample = Files.exists(Path.of("data", "sample-school.csv")) ? Path.of("data", "sample-school.csv")
        : Path.of("examples", "data", "sample-school.csv");
    int code = SchoolFundingGapReport.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        sample.toString(), "--school", "Riverside Primary School", "--la", "893", "--notional-sen-budget", "60000", "--out", dir.toString());
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String letter = Files.readString(dir.resolve("letter.txt"));
    assertThat(letter).startsWith("Dear Shropshire SEND team")
        .contains("Shropshire's own published figures show the pressure the school meets:\n"
            + "- Shropshire had 3,016 EHC plans in January 2025, up 520 (20.8%) on January 2024 and up 1,071 (55.1%) on January 2020;")
        .contains("- In 2024 Shropshire issued 37.2% of new EHC plans within the statutory 20 weeks (36.5% excluding exceptions);")
        .contains("- Its high-needs block for 2021-22 was £540.38 per head of the population aged 2-18 against £683.94 for England");
  }

  @Test
  void an_unknown_la_is_refused_with_a_suggestion() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = SchoolFundingGapReport.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "data/sample-school.csv", "--school", "X", "--la", "Shropshre",
        "--notional-sen-budget", "1");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("--la Shropshre: no local authority 'Shropshre'; did you mean Shropshire (893)?");
  }
}

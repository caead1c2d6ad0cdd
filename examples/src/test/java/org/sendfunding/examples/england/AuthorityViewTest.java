package org.sendfunding.examples.england;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --la} on real published figures: Rutland (never reorganised; SEN2 2025 release: 376 EHC plans
 * in January 2025, 74.3% of 2024's new plans within 20 weeks) and Cumberland (Cumbria's years split by
 * Cumberland's 54.7% share of the successors' plans in January 2024: 2,457 in January 2023, as
 * docs/data.md states; statements and plans, which end with the 2022 release, split the same way).
 */
class AuthorityViewTest {

  private static String run(Path dir, String la) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = EnglandReport.run(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
        "--la", la, "--no-progress", "--out", dir.toString());
    assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isZero();
    return o.toString(StandardCharsets.UTF_8);
  }

  @Test
  void rutland_shows_its_published_plans_and_timeliness(@TempDir Path dir) throws IOException {
    String out = run(dir, "857");
    assertThat(out).contains("Rutland (DfE code 857, East Midlands)")
        .containsPattern("\n +2010 +n/a +183 ")
        .containsPattern("\n +2025 +376 +n/a +201 +78 +32 +ehcp 2025\n")
        .containsPattern("\n *2024 +75 +77 +74\\.3% +78\\.4% +45\\.9% ")
        .doesNotContain("Reorganisation ");
    assertThat(Files.readAllLines(dir.resolve("authority-857.csv")))
        .anyMatch(l -> l.startsWith("857,Rutland,ehc_plans,,January 2025,376,,real,"));
  }

  @Test
  void cumberland_says_how_cumbrias_years_are_carried(@TempDir Path dir) {
    String out = run(dir, "Cumberland");
    assertThat(out).contains("Reorganisation CUMBRIA_2023: created on 2023-04-01 from Cumbria (909).")
        .contains("rates and percentages are the predecessor's, unchanged.")
        .containsPattern("\n +2023 +2,457\\* +n/a +")
        .containsPattern("\n +2010 +n/a +1,102\\* +n/a +n/a +n/a +ehcp 2022 \\(\\* carried: Cumbria \\(909\\) 2014 split by Cumberland's"
            + " share of the successors' EHC_PLANS in January 2024 \\(2656 of 4852, 54\\.7%\\)")
        .containsPattern("\n +2024 +2,656 +n/a +1,557 +550 +80 +ehcp 2025\n");
  }
}

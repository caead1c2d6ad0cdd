package org.sendfunding.examples.england;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sections 1 and 6 show DfE's per-LA figures: the real 2023-24 high-needs block beside the modelled
 * 2025-26 allocation, and the published 20-week timeliness of every LA in 2024 (SEN2 2025 release:
 * England 45.9% including exceptions, 46.4% excluding; Devon 3.2%).
 */
class RealFiguresInSectionsTest {

  @TempDir
  static Path dir;

  private static String report;

  @BeforeAll
  static void runSectionsOneAndSix() {
    report = AuthorityReportTest.run(0, dir, "--section", "1,6");
  }

  @Test
  void section_1_sets_the_real_2023_24_block_beside_the_model() throws IOException {
    // England's LA rows of the DSG tables 2023-24 (151 LAs; no City of London or Scilly): £9,953,984,391 gross.
    assertThat(report).containsPattern("England \\(151 LAs with both\\) +£9,954\\.0m +£11,190\\.3m +12\\.4%")
        .containsPattern("Windsor and Maidenhead \\(868\\) +£30\\.2m +£32\\.3m +7\\.0%")
        .contains("2 LAs have no published block (City of London and the Isles of Scilly are not in the DSG tables)");
    List<String> csv = Files.readAllLines(dir.resolve("allocations-2025-26.csv"));
    assertThat(csv.get(0)).endsWith(",high_needs_block_2023_24_real,high_needs_block_2023_24_provenance");
    assertThat(csv).anyMatch(l -> l.startsWith("857,Rutland,") && l.endsWith(",5871999,\"real (Dedicated schools grant (DSG): allocation"
            + " tables 2019 to 2020 through 2023 to 2024, high_needs_block_gross 2023-24)\""))
        .anyMatch(l -> l.startsWith("201,City of London,") && l.endsWith(",,not published for this LA (not in the DSG tables)"));
  }

  @Test
  void section_6_shows_every_las_published_20_week_timeliness() throws IOException {
    assertThat(report).containsPattern("England +45\\.9% +46\\.4%")
        .containsPattern("LAs with a published % +153 +151")
        .containsPattern("percentile 50 +49\\.4% +52\\.3%")
        .containsPattern("LAs below 50% +77 +73")
        .containsPattern("Devon \\(878\\) +3\\.2% +3\\.2% +-43\\.2 points +1,277");
    List<String> csv = Files.readAllLines(dir.resolve("ehcp-timeliness-by-la.csv"));
    assertThat(csv).hasSize(1 + 153)
        // Rutland 2024: 52 of 70 plans within 20 weeks (74.3%), 40 of 51 excluding exceptions (78.4%).
        .anyMatch(l -> l.startsWith("857,Rutland,2024,70,52,74.3,51,40,78.4,real,"))
        // City of London issued no plan without exceptions: "x", kept as published, never 0%.
        .anyMatch(l -> l.startsWith("201,City of London,2024,5,4,80,0,0,x,"));
  }
}

package org.sendfunding.examples.england;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Section 1 sets each LA's real 2023-24 high-needs block (DfE DSG allocation tables, gross) beside the
 * model's 2025-26 allocation ({@link RealHighNeedsBlock}): England's 151 LAs in the tables have
 * £9,953,984,391; Rutland £5,871,999; City of London and the Isles of Scilly have no block.
 */
class RealFiguresInSectionsTest {

  @TempDir
  static Path dir;

  private static String report;

  @BeforeAll
  static void runSectionOne() {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = EnglandReport.run(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
        "--section", "1", "--no-progress", "--out", dir.toString());
    assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isZero();
    report = o.toString(StandardCharsets.UTF_8);
  }

  @Test
  void section_1_sets_the_real_2023_24_block_beside_the_model() throws IOException {
    assertThat(report).containsPattern("England \\(151 LAs with both\\) +£9,954\\.0m +£11,190\\.\\dm +12\\.4%")
        .contains("2 LAs have no published block (City of London and the Isles of Scilly are not in the DSG tables)");
    List<String> csv = Files.readAllLines(dir.resolve("allocations-2025-26.csv"));
    assertThat(csv.get(0)).endsWith(",high_needs_block_2023_24_real,high_needs_block_2023_24_provenance");
    assertThat(csv).anyMatch(l -> l.startsWith("857,Rutland,") && l.endsWith(",5871999,\"real (Dedicated schools grant (DSG): allocation"
            + " tables 2019 to 2020 through 2023 to 2024, high_needs_block_gross 2023-24)\""))
        .anyMatch(l -> l.startsWith("201,City of London,") && l.endsWith(",,not published for this LA (not in the DSG tables)"));
  }
}

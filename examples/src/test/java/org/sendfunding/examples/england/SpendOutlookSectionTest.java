package org.sendfunding.examples.england;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendfunding.model.time.FinancialYear;

class SpendOutlookSectionTest {

  @Test
  void section_prints_englands_band_and_writes_every_la_and_the_chart(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    ReportContext context = new ReportContext(FinancialYear.parse("2025-26"), FinancialYear.parse("2030-31"),
        ImmutableSet.of(), dir, out, false);
    new SpendOutlookSection().run(context);
    String text = buf.toString(StandardCharsets.UTF_8);
    System.out.print(text);
    assertThat(text).contains("England: high-needs spend and DSG balance at 31 March, 10th/50th/90th percentile of 500 runs")
        .contains("derived from s251 2021-22 budgets").contains("ILLUSTRATIVE").contains("2026-27").contains("2030-31")
        .contains("The five LAs with the widest 10th-90th percentile band of their 2030-31 balance");
    assertThat(context.written()).extracting(p -> p.getFileName().toString())
        .containsExactly("spend-outlook.csv", "spend-outlook.png");
    List<String> csv = Files.readAllLines(dir.resolve("spend-outlook.csv"));
    assertThat(csv).hasSize(1 + 154 * 5);
    for (String line : csv.subList(1, csv.size())) {
      String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
      BigDecimal[] v = new BigDecimal[6];
      for (int i = 0; i < 6; i++) {
        v[i] = new BigDecimal(f[3 + i]);
      }
      // Bands are ordered, spend is positive, and pounds carry whole pence.
      assertThat(v[0]).isLessThanOrEqualTo(v[1]);
      assertThat(v[1]).isLessThanOrEqualTo(v[2]);
      assertThat(v[3]).isLessThanOrEqualTo(v[4]);
      assertThat(v[4]).isLessThanOrEqualTo(v[5]);
      assertThat(v[0].signum()).as(line).isPositive();
      for (BigDecimal x : v) {
        assertThat(x.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
      }
    }
    // England's band has width: the runs differ.
    String england2031 = csv.stream().filter(l -> l.startsWith("E92000001") && l.contains("2030-31")).findFirst().orElseThrow();
    String[] e = england2031.split(",");
    assertThat(new BigDecimal(e[8])).isGreaterThan(new BigDecimal(e[6]));
  }
}

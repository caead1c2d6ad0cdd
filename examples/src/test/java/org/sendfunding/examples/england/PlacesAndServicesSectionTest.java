package org.sendfunding.examples.england;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendfunding.model.time.FinancialYear;

class PlacesAndServicesSectionTest {

  @Test
  void section_prints_tables_and_writes_csv_and_charts(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    ReportContext context = new ReportContext(FinancialYear.parse("2025-26"), FinancialYear.parse("2030-31"), ImmutableSet.of(), dir, out, false);
    PlacesAndServicesSection section = new PlacesAndServicesSection();
    assertThat(section.title()).contains("ILLUSTRATIVE");
    section.run(context);
    String text = buf.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("Educational psychology advice for EHC needs assessments")
        .contains("Specialist places, England")
        .contains("within 62 days of being requested")
        // the years of section 2: the year after the dataset's base year to --to
        .contains("2026-27").contains("2030-31").doesNotContain("2031-32")
        .contains("Capital: today's programme 12000 places, £804,516,000.00");
    assertThat(context.written()).extracting(p -> p.getFileName().toString()).containsExactly(
        "places-and-services-waits.csv", "advice-waits.png", "places-and-services-places.csv", "places-gap.png",
        "places-and-services-by-la.csv");
    for (Path p : context.written()) {
      assertThat(Files.size(p)).as(p.toString()).isPositive();
    }
    List<String> byLa = Files.readAllLines(dir.resolve("places-and-services-by-la.csv"));
    assertThat(byLa).hasSize(154);
    assertThat(byLa.get(0)).startsWith("la_code,la_name,year,state_places_short").endsWith(",illustrative");
    assertThat(Files.readAllLines(dir.resolve("places-and-services-waits.csv"))).hasSize(6);
  }
}

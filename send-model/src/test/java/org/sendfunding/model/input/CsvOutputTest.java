package org.sendfunding.model.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

class CsvOutputTest {

  @Test
  void quotes_exactly_the_cells_that_need_it() {
    String csv = CsvOutput.DEFAULT.toCsv(List.of("la_code", "note"), List.of(
        List.of("202", "Camden, London"), List.of("909", "said \"no\""), List.of("1", "two\r\nlines"),
        List.of(" padded", "#not a comment"), List.of("£1,234.56", "plain")));
    assertThat(csv).isEqualTo("la_code,note\n202,\"Camden, London\"\n909,\"said \"\"no\"\"\"\n1,\"two\r\nlines\"\n"
        + "\" padded\",\"#not a comment\"\n\"£1,234.56\",plain\n");
  }

  @Test
  void a_bom_is_written_only_when_asked() {
    assertThat(CsvOutput.DEFAULT.toCsv(List.of("a"), List.of(List.of("£1")))).isEqualTo("a\n£1\n");
    assertThat(CsvOutput.DEFAULT.withBom(true).toCsv(List.of("a"), List.of(List.of("£1")))).isEqualTo("\uFEFFa\n£1\n");
    assertThat(CsvOutput.DEFAULT.withBom(true).bom()).isTrue();
  }

  @Test
  void a_row_of_empty_cells_is_written_so_it_reads_back() {
    String csv = CsvOutput.DEFAULT.toCsv(List.of("a", "b"), List.of(List.of("", "")));
    assertThat(csv).isEqualTo("a,b\n\"\",\n");
    assertThat(CsvFile.parse(csv, "e.csv").rows().get(0).cells()).containsExactly("", "");
  }

  @Test
  void a_row_of_the_wrong_length_is_refused() {
    assertThatThrownBy(() -> CsvOutput.DEFAULT.toCsv(List.of("a", "b"), List.of(List.of("1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("CsvOutput.rows: row 1 has 1 cells but the header has 2");
  }

  @Test
  void writing_a_path_writes_utf8_whole(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out.csv");
    Files.writeString(out, "old");
    CsvOutput.DEFAULT.withBom(true).write(out, List.of("a"), List.of(List.of("£5")));
    assertThat(Files.readAllBytes(out)).isEqualTo("\uFEFFa\n£5\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> CsvOutput.DEFAULT.write(out, List.of("a"), List.of(List.of("1", "2"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Files.readString(out)).isEqualTo("\uFEFFa\n£5\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  /** Whatever cells are written, CsvFile reads the same cells back, with or without a BOM. */
  @Test
  void every_table_written_reads_back_cell_for_cell() {
    Gen<String> cell = strings().basicLatinAlphabet().ofLengthBetween(0, 6)
        .mix(strings().betweenCodePoints(0x20, 0x2FF).ofLengthBetween(0, 4), 30)
        .map(s -> s.replace('\u0000', ' '));
    Gen<String> tricky = integers().between(0, 7).map(i -> new String[] {",", "\"", "\n", "\r\n", " x ", "#", "£", "\r"}[i]);
    Gen<String> anyCell = cell.mix(tricky.zip(cell, (a, b) -> a + b), 40);
    qt().withExamples(400).forAll(integers().between(1, 4), lists().of(anyCell).ofSizeBetween(0, 24), integers().between(0, 1))
        .checkAssert((width, cells, bom) -> {
          List<String> header = new ArrayList<>();
          for (int i = 0; i < width; i++) {
            header.add("c" + i);
          }
          List<List<String>> rows = new ArrayList<>();
          for (int i = 0; i + width <= cells.size(); i += width) {
            rows.add(cells.subList(i, i + width));
          }
          String csv = CsvOutput.DEFAULT.withBom(bom == 1).toCsv(header, rows);
          CsvFile file = CsvFile.read(new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "p.csv",
              CsvLimits.DEFAULT);
          assertThat(file.header()).isEqualTo(header);
          assertThat(file.rows().stream().map(r -> (List<String>) r.cells()).toList()).isEqualTo(rows);
        });
  }
}

package org.sendfunding.model.input;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.base.Strings;
import com.google.common.primitives.Bytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static CsvFile bytes(byte[] data) {
    return CsvFile.read(new ByteArrayInputStream(data), "f.csv", CsvLimits.DEFAULT);
  }

  private static InputException refusal(Runnable load) {
    return catchThrowableOfType(InputException.class, load::run);
  }

  private static List<String> messages(InputException e) {
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void reads_header_and_rows_with_unquoted_cells_trimmed() {
    CsvFile file = CsvFile.parse("la_code, name ,pupils\n202 , Camden ,  \"1,200\"\n", "t.csv");
    assertThat(file.header()).containsExactly("la_code", "name", "pupils");
    assertThat(file.size()).isEqualTo(1);
    CsvRow row = file.rows().get(0);
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.get("la_code")).isEqualTo("202");
    assertThat(row.get("name")).isEqualTo("Camden");
    assertThat(row.wholeNumber("pupils", Problems.in("t.csv"))).isEqualTo(1_200);
    assertThat(file.source()).isEqualTo("t.csv");
  }

  @Test
  void a_utf8_byte_order_mark_as_excel_writes_it_is_dropped() {
    byte[] excel = Bytes.concat(UTF8_BOM, "la_code,cost\r\n202,\"18,500\"\r\n".getBytes(UTF_8));
    CsvFile file = bytes(excel);
    assertThat(file.header()).containsExactly("la_code", "cost");
    assertThat(file.rows().get(0).wholeNumber("cost", Problems.in("f.csv"))).isEqualTo(18_500);
    assertThat(CsvFile.parse("\uFEFFa\n1\n", "s").header()).containsExactly("a");
  }

  @Test
  void lf_crlf_and_cr_line_ends_read_alike_and_lines_are_counted() {
    for (String eol : new String[] {"\n", "\r\n", "\r"}) {
      CsvFile file = CsvFile.parse("a,b" + eol + "1,2" + eol + eol + "3,4" + eol, "e.csv");
      assertThat(file.rows()).extracting(CsvRow::line).containsExactly(2, 4);
      assertThat(file.rows().get(1).cells()).containsExactly("3", "4");
    }
    assertThat(CsvFile.parse("a,b\n1,2", "no-final-eol.csv").rows().get(0).cells()).containsExactly("1", "2");
  }

  @Test
  void rfc_4180_quotes_hold_commas_doubled_quotes_and_line_breaks_kept_as_written() {
    String text = "id,note,amount\n"
        + "1,\"Camden, London\",\"£1,234.56\"\n"
        + "2,\"she said \"\"no\"\"\",5\n"
        + "3,\"first line\r\nsecond line\nthird\",6\n"
        + "4,\"  spaced  \",7\n"
        + "5,  \"quoted after spaces\"  ,8\n"
        + "6,\"\",9\n";
    CsvFile file = CsvFile.parse(text, "q.csv");
    assertThat(file.rows()).extracting(r -> r.get("note")).containsExactly(
        "Camden, London", "she said \"no\"", "first line\r\nsecond line\nthird", "  spaced  ",
        "quoted after spaces", "");
    assertThat(file.rows()).extracting(CsvRow::line).containsExactly(2, 3, 4, 7, 8, 9);
    assertThat(file.rows().get(0).money("amount", Problems.in("q.csv")).pence()).isEqualTo(123456);
  }

  @Test
  void a_quote_inside_an_unquoted_cell_is_text() {
    assertThat(CsvFile.parse("a\n5\" screen\n", "s").rows().get(0).get("a")).isEqualTo("5\" screen");
  }

  @Test
  void a_quote_never_closed_and_text_after_a_closing_quote_are_located() {
    assertThat(messages(refusal(() -> CsvFile.parse("a,b\n1,2\n3,\"open\n4,5\n", "u.csv")))).containsExactly(
        "u.csv line 3: a quoted cell is never closed (a '\"' is missing); rows from here on cannot be read");
    assertThat(messages(refusal(() -> CsvFile.parse("a,b\n1,\"x\"y\n", "t.csv")))).containsExactly(
        "t.csv line 2 ('\"y'): text after a closing quote; put the whole cell in quotes and double any quote inside it");
  }

  @Test
  void utf16_and_utf32_byte_order_marks_are_refused_saying_save_as_csv_utf8() {
    for (Charset cs : new Charset[] {UTF_16LE, UTF_16BE}) {
      byte[] bom = cs == UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
      InputException e = refusal(() -> bytes(Bytes.concat(bom, "a,b\n1,2\n".getBytes(cs))));
      assertThat(messages(e)).containsExactly("f.csv: is UTF-16 text (Excel's \"Unicode Text\"), not UTF-8; "
          + "save it as \"CSV UTF-8\" (in Excel: File > Save As > CSV UTF-8) and try again");
    }
    InputException e32 = refusal(() -> bytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0}));
    assertThat(e32.getMessage()).contains("is UTF-32 text, not UTF-8; save it as \"CSV UTF-8\"");
  }

  @Test
  void a_windows_1252_pound_sign_is_refused_naming_the_line_and_the_byte() {
    byte[] cp1252 = "name,cost\nA,1\nB,\u00a3500\n".getBytes(Charset.forName("windows-1252"));
    InputException e = refusal(() -> bytes(cp1252));
    assertThat(e.problems()).hasSize(1);
    Problem p = e.problems().get(0);
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.value()).isEqualTo("byte 0xA3");
    assertThat(p.toString()).isEqualTo("f.csv line 3 ('byte 0xA3'): the file is not UTF-8 text (perhaps Windows-1252, as "
        + "Excel's plain \"CSV\" writes, where '£' is 0xA3); save it as \"CSV UTF-8\" (in Excel: File > Save As > "
        + "CSV UTF-8) and try again");
    // The same text saved as UTF-8 reads.
    assertThat(bytes("name,cost\nA,1\nB,\u00a3500\n".getBytes(UTF_8)).rows().get(1).get("cost")).isEqualTo("£500");
  }

  @Test
  void a_truncated_utf8_sequence_at_the_end_is_refused_too() {
    byte[] truncated = Bytes.concat("a\n".getBytes(UTF_8), new byte[] {(byte) 0xC2});
    assertThat(refusal(() -> bytes(truncated)).problems().get(0).line()).isEqualTo(2);
  }

  @Test
  void empty_header_only_and_blank_files_are_all_zero_rows() {
    for (String text : new String[] {"", "\n\n", "a,b\n", "a,b", "\uFEFFa,b\r\n", "# comment\na,b\n\n,\n , \n"}) {
      CsvFile file = CsvFile.parse(text, "e.csv");
      assertThat(file.rows()).as(text).isEmpty();
      assertThat(file.isEmpty()).isTrue();
      file.requireColumns(List.of("a", "b"), List.of());   // an empty file has no header to fault
    }
    assertThat(bytes(new byte[0]).header()).isEmpty();
    assertThat(bytes(UTF8_BOM).rows()).isEmpty();
  }

  @Test
  void blank_lines_and_lines_of_commas_alone_are_skipped_but_a_quoted_empty_row_is_kept() {
    CsvFile file = CsvFile.parse("a,b\n\n1,2\n,\n   \n\"\",\n3,4\n", "b.csv");
    assertThat(file.rows()).extracting(CsvRow::line).containsExactly(3, 6, 7);
    assertThat(file.rows().get(1).isBlank("a")).isTrue();
  }

  @Test
  void hash_lines_are_comments_only_before_the_header() {
    CsvFile file = CsvFile.parse("# Source: DfE\n#, with commas, and \"quotes\n a,b\n#1,2\n", "c.csv");
    assertThat(file.header()).containsExactly("a", "b");
    assertThat(file.rows()).hasSize(1);
    assertThat(file.rows().get(0).get("a")).isEqualTo("#1");
    assertThat(file.rows().get(0).line()).isEqualTo(4);
  }

  @Test
  void rows_with_more_or_fewer_cells_than_the_header_are_each_located() {
    InputException e = refusal(() -> CsvFile.parse("a,b,c\n1,2,3\n1,2\n1,2,3,4\n5\n", "r.csv"));
    assertThat(messages(e)).containsExactly(
        "r.csv line 3: 2 cells but the header has 3 columns",
        "r.csv line 4: 4 cells but the header has 3 columns",
        "r.csv line 5: 1 cell but the header has 3 columns");
  }

  @Test
  void the_byte_limit_holds_at_its_boundary() {
    byte[] data = "a,b\n1,2\n".getBytes(UTF_8);   // 8 bytes
    assertThat(CsvFile.read(new ByteArrayInputStream(data), "l.csv", CsvLimits.DEFAULT.withMaxBytes(8)).size()).isEqualTo(1);
    InputException e = refusal(() -> CsvFile.read(new ByteArrayInputStream(data), "l.csv", CsvLimits.DEFAULT.withMaxBytes(7)));
    assertThat(messages(e)).containsExactly("l.csv: larger than the limit of 7 bytes");
    // Text already decoded is measured as UTF-8: '£' is two bytes.
    assertThat(CsvFile.parse("a\n£\n", "p", CsvLimits.DEFAULT.withMaxBytes(5)).size()).isEqualTo(1);
    assertThat(refusal(() -> CsvFile.parse("a\n£\n", "p", CsvLimits.DEFAULT.withMaxBytes(4)))).isNotNull();
  }

  @Test
  void the_row_limit_holds_at_its_boundary_and_blank_lines_do_not_count() {
    String three = "a\n1\n\n2\n3\n";
    assertThat(CsvFile.parse(three, "r.csv", CsvLimits.DEFAULT.withMaxRows(3)).size()).isEqualTo(3);
    assertThat(messages(refusal(() -> CsvFile.parse(three, "r.csv", CsvLimits.DEFAULT.withMaxRows(2)))))
        .containsExactly("r.csv line 5: more than the limit of 2 rows");
  }

  @Test
  void the_cell_limit_holds_at_its_boundary_for_quoted_and_unquoted_cells() {
    CsvLimits ten = CsvLimits.DEFAULT.withMaxCellChars(10);
    assertThat(CsvFile.parse("a,b\n" + Strings.repeat("x", 10) + ",\"" + Strings.repeat("y", 10) + "\"\n", "c.csv", ten)
        .size()).isEqualTo(1);
    InputException e = refusal(() -> CsvFile.parse("a,b\n" + Strings.repeat("x", 11) + ",1\n2,\"" + Strings.repeat("y", 11)
        + "\"\n", "c.csv", ten));
    assertThat(messages(e)).containsExactly(
        "c.csv line 2, column 'a': 11 characters in one cell, more than the limit of 10",
        "c.csv line 3, column 'b': 11 characters in one cell, more than the limit of 10");
  }

  @Test
  void the_column_limit_holds_at_its_boundary() {
    CsvLimits three = CsvLimits.DEFAULT.withMaxColumns(3);
    assertThat(CsvFile.parse("a,b,c\n1,2,3\n", "w.csv", three).size()).isEqualTo(1);
    assertThat(messages(refusal(() -> CsvFile.parse("a,b,c,d\n1,2,3,4\n", "w.csv", three))))
        .containsExactly("w.csv line 1: more than the limit of 3 columns");
  }

  @Test
  void required_and_optional_columns_in_any_order_with_every_header_problem_listed() {
    CsvFile file = CsvFile.parse("cost , la_code,colour,cost\n1,2,3,4\n", "h.csv");
    InputException e = refusal(() -> file.requireColumns(List.of("la_code", "cost", "pupils"), List.of("note")));
    assertThat(messages(e)).containsExactly(
        "h.csv line 1, column 'colour': unknown column (expected la_code,cost,pupils,note)",
        "h.csv line 1, column 'cost': the column appears twice in the header",
        "h.csv line 1, column 'pupils': missing column (expected la_code,cost,pupils,note)");
    CsvFile ok = CsvFile.parse("# c\npupils,cost,la_code\n1,2,3\n", "o.csv");
    assertThat(ok.requireColumns(List.of("la_code", "cost", "pupils"), List.of("note"))).isSameAs(ok);
    assertThat(ok.rows().get(0).get("note")).isEmpty();
    assertThat(CsvFile.parse("x\n1\n", "p.csv").columnProblems(List.of("y"), List.of()))
        .extracting(Problem::line).containsExactly(1, 1);
  }

  @Test
  void the_header_line_of_a_file_with_comments_is_its_own() {
    CsvFile file = CsvFile.parse("# one\n# two\nx\n1\n", "p.csv");
    assertThat(file.columnProblems(List.of("x", "y"), List.of())).containsExactly(
        Problem.of("p.csv", 3, "y", "", "missing column (expected x,y)"));
  }

  @Test
  void reading_a_path_names_missing_files_and_folders(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("school.csv");
    assertThat(messages(refusal(() -> CsvFile.read(missing))))
        .containsExactly(missing + ": file not found (looked for " + missing.toAbsolutePath().normalize() + ")");
    assertThat(messages(refusal(() -> CsvFile.read(dir)))).containsExactly(dir + ": is a folder, not a file");
    Files.write(missing, Bytes.concat(UTF8_BOM, "a\r\n1\r\n".getBytes(UTF_8)));
    CsvFile file = CsvFile.read(missing);
    assertThat(file.source()).isEqualTo(missing.toString());
    assertThat(file.rows().get(0).source()).isEqualTo(missing.toString());
  }

  @Test
  void a_missing_resource_is_a_problem() {
    assertThat(messages(refusal(() -> CsvFile.readResource(CsvFileTest.class, "no-such.csv", CsvLimits.DEFAULT))))
        .containsExactly("no-such.csv: resource not found on the class path");
  }

  @Test
  void a_loader_can_collect_row_shape_problems_with_its_own_and_throw_once() {
    Problems problems = Problems.in("r.csv");
    CsvFile file = CsvFile.parse("a,b\n1,2\n3\n4,\"x\"y\n5,6\n", "r.csv", CsvLimits.DEFAULT, problems);
    assertThat(file.rows()).extracting(CsvRow::line).containsExactly(2, 5);
    for (CsvRow row : file.rows()) {
      row.wholeNumber("b", problems);
    }
    problems.add(file.rows().get(1).problem("b", "too many"));
    assertThat(problems.list()).extracting(Problem::toString).containsExactly(
        "r.csv line 3: 1 cell but the header has 2 columns",
        "r.csv line 4 ('\"y'): text after a closing quote; put the whole cell in quotes and double any quote inside it",
        "r.csv line 5, column 'b' ('6'): too many");
  }

  @Test
  void a_whole_file_problem_still_throws_at_once_with_what_was_collected_before() {
    Problems problems = Problems.in("loader").add(Problem.file("first.csv", "earlier problem"));
    InputException e = refusal(() -> CsvFile.read(new ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xFE}),
        "second.csv", CsvLimits.DEFAULT, problems));
    assertThat(messages(e)).hasSize(2).first().isEqualTo("first.csv: earlier problem");
    Problems rows = Problems.in("r.csv");
    InputException limit = refusal(() -> CsvFile.parse("a\n1,2\n3\n4\n", "r.csv", CsvLimits.DEFAULT.withMaxRows(1), rows));
    assertThat(messages(limit)).containsExactly("r.csv line 2: 2 cells but the header has 1 columns",
        "r.csv line 4: more than the limit of 1 rows");
    Problems header = Problems.in("h.csv");
    CsvFile file = CsvFile.parse("a,c\n1\n", "h.csv", CsvLimits.DEFAULT, header);
    assertThat(messages(refusal(() -> file.requireColumns(List.of("a", "b"), List.of(), header)))).containsExactly(
        "h.csv line 1, column 'c': unknown column (expected a,b)",
        "h.csv line 1, column 'b': missing column (expected a,b)",
        "h.csv line 2: 1 cell but the header has 2 columns");
  }

  /** Whatever the bytes, reading returns whole rows of the header's width or throws InputException naming the file. */
  @Test
  void any_bytes_read_cleanly_or_fail_with_a_located_input_exception() {
    org.quicktheories.core.Gen<String> piece = org.quicktheories.generators.SourceDSL.integers().between(0, 11)
        .map(i -> new String[] {",", "\"", "\n", "\r\n", "\r", "a", " ", "#", "\uFEFF", "£", "\"\"", "x,y"}[i]);
    org.quicktheories.QuickTheory.qt().withExamples(3000)
        .forAll(org.quicktheories.generators.SourceDSL.lists().of(piece).ofSizeBetween(0, 40),
            org.quicktheories.generators.SourceDSL.integers().between(0, 255))
        .checkAssert((pieces, noise) -> {
          byte[] text = String.join("", pieces).getBytes(UTF_8);
          byte[] data = noise < 16 && text.length > 0 ? Bytes.concat(text, new byte[] {(byte) (0x80 + noise)}) : text;
          try {
            CsvFile file = bytes(data);
            for (CsvRow row : file.rows()) {
              assertThat(row.cells()).hasSize(file.header().size());
              assertThat(row.line()).isPositive();
            }
          } catch (InputException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.source()).isEqualTo("f.csv"));
            assertThat(e.getMessage()).contains("f.csv");
          }
        });
  }
}

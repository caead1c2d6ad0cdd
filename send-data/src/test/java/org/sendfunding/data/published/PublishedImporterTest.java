package org.sendfunding.data.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendfunding.data.archive.TestZips;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

class PublishedImporterTest {

  @TempDir
  Path dir;

  /** A copy of the 2025 release with one entry's text replaced. */
  Path release2025With(String entry, java.util.function.UnaryOperator<String> change) throws IOException {
    Path original = Path.of("published/education-health-and-care-plans_2025.zip");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(original.toFile())) {
      for (var e : java.util.Collections.list(zip.entries())) {
        byte[] b = zip.getInputStream(e).readAllBytes();
        if (e.getName().equals(entry)) {
          b = change.apply(new String(b, java.nio.charset.StandardCharsets.UTF_8))
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        entries.put(e.getName(), b);
      }
    }
    Path p = dir.resolve("education-health-and-care-plans_2025.zip");
    Files.write(p, TestZips.zip(entries));
    return p;
  }

  @Test
  void a_bad_cell_in_one_file_refuses_every_table_naming_the_zip_entry_row_and_column() throws IOException {
    // Camden's January 2025 total changed from 1607 to a symbol EES does not use.
    Path bad = release2025With("data/caseload.csv", t -> t.replaceFirst(
        "(202425,Academic year,Local authority,E92000001,England,E12000007,London,E09000007,202,Camden,"
            + "All EHC plans,All EHC plans,)1607,", "$1n/a,"));
    List<Path> files = List.of(bad, Path.of("published/dsg_deficit_derived.xlsx"));
    assertThatThrownBy(() -> PublishedImporter.DEFAULT.read(files))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          Problem p = e.problems().get(0);
          assertThat(p.source()).isEqualTo("education-health-and-care-plans_2025.zip!data/caseload.csv");
          assertThat(p.column()).isEqualTo("ehcplans");
          assertThat(p.value()).isEqualTo("n/a");
          assertThat(p.line()).isGreaterThan(1);
        });
  }

  @Test
  void a_missing_column_is_named_with_the_entry() throws IOException {
    Path bad = release2025With("data/ceased_plans.csv", t -> t.replaceFirst("total_ceased", "ceased_total"));
    assertThatThrownBy(() -> PublishedImporter.DEFAULT.read(List.of(bad)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("education-health-and-care-plans_2025.zip!data/ceased_plans.csv")
        .hasMessageContaining("column 'total_ceased'").hasMessageContaining("missing column");
  }

  @Test
  void tables_are_made_only_when_all_their_files_are_given() {
    List<Path> files = List.of(Path.of("published/dsg_deficit_derived.xlsx"),
        Path.of("published/dedicated-schools-grant_2024_07_20.ods"));
    assertThat(PublishedImporter.DEFAULT.read(files)).extracting(TidyTable::name)
        .containsExactly(DsgTables.BALANCE);
    assertThat(PublishedImporter.DEFAULT.missing(files)).containsEntry(DsgTables.HIGH_NEEDS,
        "the final DSG workbooks of 2020-21, 2021-22, 2022-23").doesNotContainKey(DsgTables.BALANCE);
  }

  @Test
  void the_same_publication_twice_and_unknown_files_are_refused() throws IOException {
    Path copy = dir.resolve("copy.xlsx");
    Files.copy(Path.of("published/dsg_deficit_derived.xlsx"), copy);
    Path other = dir.resolve("other.zip");
    Files.write(other, TestZips.zip(Map.of("readme.txt", TestZips.utf8("hello"))));
    assertThatThrownBy(() -> PublishedImporter.DEFAULT.read(List.of(
        Path.of("published/dsg_deficit_derived.xlsx"), copy, other)))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString).containsExactly(
                "copy.xlsx: is the DSG balance workbook again (already given as dsg_deficit_derived.xlsx)",
                "other.zip: a zip this importer does not know: neither an EHC plans release "
                    + "(data/caseload.csv, data/sen2_estab_caseload.csv) nor a workbook"));
  }

  @Test
  void writing_keeps_other_files_and_replaces_the_tables() throws IOException {
    Path out = dir.resolve("england");
    Files.createDirectories(out);
    Files.writeString(out.resolve("README.md"), "kept");
    Files.writeString(out.resolve(DsgTables.BALANCE), "old");
    TidyTable t = TidyTable.of(DsgTables.BALANCE, List.of("a", "b"), List.of(List.of("1", "x, y")));
    TableWriter.writeAll(List.of(t), out);
    assertThat(Files.readString(out.resolve("README.md"))).isEqualTo("kept");
    assertThat(Files.readString(out.resolve(DsgTables.BALANCE))).isEqualTo("a,b\n1,\"x, y\"\n");
    try (var list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactly("england");
    }
  }

  @Test
  void a_table_name_is_never_a_path() {
    assertThatThrownBy(() -> TidyTable.of("../evil.csv", List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TidyTable.of("sub/evil.csv", List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_folder_holding_a_subfolder_or_a_file_in_its_place_is_refused_and_left_alone() throws IOException {
    TidyTable t = TidyTable.of(DsgTables.BALANCE, List.of("a"), List.of(List.of("1")));
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve("Documents"));
    Files.writeString(home.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> TableWriter.writeAll(List.of(t), home))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds Documents");
    assertThat(home.resolve("Documents")).isDirectory();
    assertThat(home.resolve(DsgTables.BALANCE)).doesNotExist();
    Path file = dir.resolve("file.csv");
    Files.writeString(file, "x");
    assertThatThrownBy(() -> TableWriter.writeAll(List.of(t), file))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a folder");
    assertThat(file).hasContent("x");
  }
}

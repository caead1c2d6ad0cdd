package org.sendfunding.data.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendfunding.data.archive.TestZips.utf8;
import static org.sendfunding.data.archive.TestZips.zip;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.input.InputException;

class SafeZipTest {

  private static ZipContents read(byte[] zip, ArchiveLimits limits) {
    return SafeZip.read(new ByteArrayInputStream(zip), "test.zip", limits);
  }

  @Test
  void reads_every_file_entry_by_name_and_skips_folders() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("data/", new byte[0]);
    entries.put("data/a.csv", utf8("x,y\n1,2\n"));
    entries.put("data-guidance/data-guidance.txt", utf8("guidance"));
    ZipContents zip = read(zip(entries), ArchiveLimits.DEFAULT);
    assertThat(zip.names()).containsExactly("data/a.csv", "data-guidance/data-guidance.txt");
    assertThat(new String(zip.bytes("data/a.csv"))).isEqualTo("x,y\n1,2\n");
    assertThat(zip.source("data/a.csv")).isEqualTo("test.zip!data/a.csv");
  }

  @Test
  void a_missing_entry_is_named_with_the_archive() {
    ZipContents zip = read(zip(Map.of("a.csv", utf8("1"))), ArchiveLimits.DEFAULT);
    assertThatThrownBy(() -> zip.bytes("data/caseload.csv")).isInstanceOf(InputException.class)
        .hasMessageContaining("test.zip").hasMessageContaining("no entry 'data/caseload.csv'");
  }

  @Test
  void a_zip_bomb_is_refused_by_its_ratio_after_inflating_little_of_it() {
    // 64 MiB of zeros deflate to ~64 KiB: a ratio of ~1,000 against the limit of 100.
    byte[] bomb = TestZips.bomb("data/caseload.csv", 64L << 20);
    assertThat(bomb.length).isLessThan(200_000);
    assertThatThrownBy(() -> read(bomb, ArchiveLimits.DEFAULT))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("test.zip!data/caseload.csv")
        .hasMessageContaining("inflates more than 100 times its compressed size")
        .hasMessageContaining("refused, not unpacked");
  }

  @Test
  void an_entry_over_the_size_bound_is_refused_even_at_an_honest_ratio() {
    byte[] random = new byte[3 << 20];
    new Random(7).nextBytes(random);
    byte[] zip = zip(Map.of("big.bin", random));
    ArchiveLimits limits = ArchiveLimits.DEFAULT.withMaxEntryBytes(2L << 20);
    assertThatThrownBy(() -> read(zip, limits)).isInstanceOf(InputException.class)
        .hasMessageContaining("test.zip!big.bin")
        .hasMessageContaining("more than 2097152 bytes");
    assertThat(read(zip, ArchiveLimits.DEFAULT).bytes("big.bin")).isEqualTo(random);
  }

  @Test
  void entries_over_the_total_bound_are_refused() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    Random random = new Random(11);
    for (int i = 0; i < 3; i++) {
      byte[] b = new byte[1 << 20];
      random.nextBytes(b);
      entries.put("part" + i + ".bin", b);
    }
    ArchiveLimits limits = ArchiveLimits.DEFAULT.withMaxTotalBytes((5L << 20) / 2);
    assertThatThrownBy(() -> read(zip(entries), limits)).isInstanceOf(InputException.class)
        .hasMessageContaining("test.zip!part2.bin")
        .hasMessageContaining("more than 2621440 bytes in all");
  }

  @Test
  void too_many_entries_are_refused() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i <= 1_000; i++) {
      entries.put("e" + i + ".csv", new byte[0]);
    }
    assertThatThrownBy(() -> read(zip(entries), ArchiveLimits.DEFAULT))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("test.zip!e1000.csv")
        .hasMessageContaining("more than 1000 entries");
    entries.remove("e1000.csv");
    assertThat(read(zip(entries), ArchiveLimits.DEFAULT).names()).hasSize(1_000);
  }

  @Test
  void path_like_entry_names_are_refused_not_followed() {
    for (String name : new String[] {"../evil.csv", "data/../../evil.csv", "/etc/passwd",
        "C:\\Windows\\evil.csv", "..\\evil.csv"}) {
      byte[] zip = zip(Map.of(name, utf8("x")));
      assertThatThrownBy(() -> read(zip, ArchiveLimits.DEFAULT)).as(name)
          .isInstanceOf(InputException.class)
          .hasMessageContaining("test.zip!" + name)
          .hasMessageContaining("never used as paths");
    }
    // dots inside a name are not a path step
    assertThat(read(zip(Map.of("data/a..b.csv", utf8("x"))), ArchiveLimits.DEFAULT).names())
        .containsExactly("data/a..b.csv");
  }

  @Test
  void a_file_that_is_not_a_zip_is_refused_with_its_name() {
    assertThatThrownBy(() -> read(utf8("time_period,geographic_level\n"), ArchiveLimits.DEFAULT))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("test.zip").hasMessageContaining("not a zip archive");
  }

  @Test
  void a_missing_file_is_a_located_problem_not_an_io_exception() {
    assertThatThrownBy(() -> SafeZip.read(Path.of("no-such-release.zip"), ArchiveLimits.DEFAULT))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no-such-release.zip").hasMessageContaining("cannot read the file");
  }

  @Test
  void the_published_2025_release_keeps_the_default_limits() {
    ZipContents zip = SafeZip.read(Path.of("published/education-health-and-care-plans_2025.zip"),
        ArchiveLimits.DEFAULT);
    assertThat(zip.names()).hasSize(15).contains("data/caseload.csv",
        "data-guidance/data-guidance.txt");
    assertThat(zip.bytes("data/caseload.csv")).hasSize(6_379_942);
  }

  @Test
  void limits_must_be_positive() {
    assertThatThrownBy(() -> ArchiveLimits.DEFAULT.withMaxRatio(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRatio");
  }

  @Test
  void an_entry_name_that_is_not_utf8_is_a_located_problem() throws java.io.IOException {
    // Found by fuzzing: ZipInputStream throws a bare IllegalArgumentException for such a name.
    byte[] zip = zip(Map.of("data/caf\u00e9.csv", utf8("x")));
    byte[] name = "data/caf\u00e9.csv".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    // Overwrite the UTF-8 e-acute (C3 A9) in the local header with a lone continuation byte.
    for (int i = 0; i + name.length <= zip.length; i++) {
      if (java.util.Arrays.equals(java.util.Arrays.copyOfRange(zip, i, i + name.length), name)) {
        zip[i + name.length - 6] = (byte) 0xA9;
        zip[i + name.length - 5] = (byte) 0xA9;
        break;
      }
    }
    byte[] broken = zip;
    assertThatThrownBy(() -> read(broken, ArchiveLimits.DEFAULT)).isInstanceOf(InputException.class)
        .hasMessageContaining("test.zip").hasMessageContaining("not valid UTF-8");
  }
}

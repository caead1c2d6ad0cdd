package org.sendfunding.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One name per concept: no two public top-level types in the library modules share a simple name.
 *
 * <p>Two public types called {@code Caseload} in two packages made a reader (and an IDE's import
 * completion) guess which one a page meant. The library modules are the ones a user depends on;
 * {@code examples} and {@code benchmarks} are not API. The scan reads the sources from the
 * repository root, so it sees every module however much of the build ran.
 */
class OneNamePerConceptTest {

  static final List<String> LIBRARY_MODULES = List.of(
      "send-model", "send-data", "send-ehcp", "send-funding", "send-accountability", "send-json", "send-spark");

  /**
   * Shared names known and waiting for a rename, each with why it is not renamed here. Keep this
   * empty: an entry whose name is no longer shared fails the test, so it cannot outlive its rename.
   */
  static final Map<String, String> KNOWN_SHARED = Map.of();

  /** A public type declared at the top level of a file (not indented, so not nested). */
  private static final Pattern PUBLIC_TOP_LEVEL = Pattern.compile(
      "^public\\s+(?:(?:abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
          + "(?:class|interface|enum|record|@interface)\\s+(\\w+)",
      Pattern.MULTILINE);

  @Test
  void no_two_public_top_level_types_share_a_simple_name() throws IOException {
    Path root = RepositoryStandsAloneTest.RepositoryFiles.root();
    Map<String, List<String>> byName = new TreeMap<>();
    int modules = 0;
    for (String module : LIBRARY_MODULES) {
      Path sources = root.resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      modules++;
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          publicTopLevelType(Files.readString(file, StandardCharsets.UTF_8)).ifPresent(name ->
              byName.computeIfAbsent(name, k -> new ArrayList<>())
                  .add(root.relativize(file).toString().replace('\\', '/')));
        }
      }
    }
    assertThat(modules).as("library modules found under %s", root).isEqualTo(LIBRARY_MODULES.size());
    // Money, FinancialYear and the engines are all public: an empty scan would mean a broken pattern.
    assertThat(byName).containsKeys("Money", "FinancialYear", "LocalAuthorities").hasSizeGreaterThan(150);
    Map<String, List<String>> shared = new TreeMap<>();
    byName.forEach((name, paths) -> {
      if (paths.size() > 1) {
        shared.put(name, paths);
      }
    });
    assertThat(KNOWN_SHARED.keySet()).as("known shared names that are no longer shared: remove them from KNOWN_SHARED")
        .allMatch(shared::containsKey);
    KNOWN_SHARED.keySet().forEach(shared::remove);
    assertThat(shared).as("public types sharing a simple name (rename one: one name per concept)").isEmpty();
  }

  @Test
  void the_pattern_sees_public_top_level_types_and_skips_nested_and_package_private_ones() {
    assertThat(publicTopLevelType("package a;\n\n/** Doc. */\npublic abstract class Caseload {\n"
        + "  public static final class Builder {}\n}\n")).contains("Caseload");
    assertThat(publicTopLevelType("public sealed interface Shape permits A {}")).contains("Shape");
    assertThat(publicTopLevelType("public record Pair(int a) {}")).contains("Pair");
    assertThat(publicTopLevelType("@Value.Immutable\npublic enum Region { A }")).contains("Region");
    assertThat(publicTopLevelType("final class Hidden {\n  public static class Inner {}\n}")).isEmpty();
    assertThat(publicTopLevelType("/** package doc */\npackage a;")).isEmpty();
  }

  static Optional<String> publicTopLevelType(String source) {
    Matcher m = PUBLIC_TOP_LEVEL.matcher(source);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}

package org.sendfunding.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: no tracked file reads or names a folder beside the checkout.
 *
 * <p>A user's clone has nothing beside it, so a test, script, doc, comment or parameter file that
 * names such a folder either fails in their clone or points them at a file they cannot open. This
 * test lives in send-model, the first module built, so that such a reference fails the build before
 * anything else runs. The needles are assembled from pieces so that this file does not name them
 * itself.
 */
class RepositoryStandsAloneTest {

  private static final String SHARED = "sha" + "red";

  /** What must not appear in a tracked file: the folder beside the repository and its parts. */
  static final List<String> NEEDLES = List.of(
      ".." + "/" + SHARED,
      SHARED + "/" + "domain",
      SHARED + "/" + "data",
      SHARED + "/" + "peers",
      "SEND_" + SHARED.toUpperCase(java.util.Locale.ROOT));

  @Test
  void no_tracked_file_names_a_folder_outside_the_repository() throws IOException {
    Path root = RepositoryFiles.root();
    List<Path> files = RepositoryFiles.tracked(root);
    // The repository has hundreds of tracked files; an empty list would mean the walk is broken.
    assertThat(files).hasSizeGreaterThan(100);
    List<String> hits = new ArrayList<>();
    for (Path file : files) {
      hits.addAll(occurrences(root, file));
    }
    assertThat(hits)
        .as("tracked files naming a folder outside the repository (copy the fact in and cite its public"
            + " source instead)")
        .isEmpty();
  }

  @Test
  void the_scan_finds_each_needle_and_names_file_and_line() throws IOException {
    // The check must be able to fail: a file holding every needle is reported once per needle.
    Path dir = Files.createTempDirectory("standalone");
    try {
      Path file = dir.resolve("notes.md");
      Files.writeString(file, "line one\nsee " + String.join(" and ", NEEDLES) + "\n", StandardCharsets.UTF_8);
      assertThat(occurrences(dir, file)).hasSize(NEEDLES.size()).allMatch(h -> h.startsWith("notes.md:2: "));
      Files.writeString(file, "shared out to the penny; a folder called " + SHARED + "/ alone is fine\n", StandardCharsets.UTF_8);
      assertThat(occurrences(dir, file)).isEmpty();
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Each needle in {@code file}, as "path:line: needle", the path relative to {@code root}. */
  static List<String> occurrences(Path root, Path file) throws IOException {
    // ISO-8859-1 maps every byte to one char, so binary and non-UTF-8 files are scanned too.
    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    List<String> hits = new ArrayList<>();
    String relative = root.relativize(file).toString().replace('\\', '/');
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      for (String needle : NEEDLES) {
        if (lines[i].contains(needle)) {
          hits.add(relative + ":" + (i + 1) + ": " + needle);
        }
      }
    }
    return hits;
  }

  /**
   * The repository's root and its tracked files.
   *
   * <p>The root is the nearest directory above the working directory holding {@code .git} (a
   * folder in a clone, a file in a worktree). The files are {@code git ls-files}; where git is not
   * installed or the tree is not a git checkout (a source archive), every file under the root except
   * {@code target/} and {@code .git/}.
   */
  static final class RepositoryFiles {

    private RepositoryFiles() {}

    static Path root() {
      Path start = Path.of("").toAbsolutePath();
      for (Path dir = start; dir != null; dir = dir.getParent()) {
        if (Files.exists(dir.resolve(".git"))) {
          return dir;
        }
      }
      // A source archive has no .git: the top-most directory holding the Maven wrapper and a pom.
      Path top = null;
      for (Path dir = start; dir != null; dir = dir.getParent()) {
        if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("pom.xml"))) {
          top = dir;
        }
      }
      assertThat(top).as("repository root above %s (no .git, no mvnw)", start).isNotNull();
      return top;
    }

    static List<Path> tracked(Path root) throws IOException {
      List<Path> fromGit = gitLsFiles(root);
      return fromGit != null ? fromGit : walk(root);
    }

    private static List<Path> gitLsFiles(Path root) {
      if (!Files.exists(root.resolve(".git"))) {
        return null;
      }
      try {
        Process git = new ProcessBuilder("git", "-C", root.toString(), "ls-files", "-z")
            .redirectErrorStream(false)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        byte[] out;
        try (InputStream in = git.getInputStream()) {
          out = in.readAllBytes();
        }
        if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
          return null;
        }
        List<Path> files = new ArrayList<>();
        for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
          Path file = root.resolve(name);
          // A file deleted in the work tree but not yet committed is no longer there to name anything.
          if (!name.isEmpty() && Files.isRegularFile(file)) {
            files.add(file);
          }
        }
        return files;
      } catch (IOException e) {
        return null; // git not installed
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }

    private static List<Path> walk(Path root) throws IOException {
      try (Stream<Path> all = Files.walk(root)) {
        return all.filter(Files::isRegularFile)
            .filter(p -> {
              Path rel = root.relativize(p);
              for (Path part : rel) {
                String n = part.toString();
                if (n.equals("target") || n.equals(".git")) {
                  return false;
                }
              }
              return true;
            })
            .sorted()
            .toList();
      }
    }
  }
}

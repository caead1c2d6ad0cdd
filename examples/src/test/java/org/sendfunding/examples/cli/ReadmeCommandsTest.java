package org.sendfunding.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code bin/send-*} command line in the READMEs (root and examples), run end to end as the
 * launcher would run it: paths from the repository root, {@code --out} redirected into a temporary
 * folder, and each must exit with code 0 and write what it says. A README line that stops working
 * fails here.
 */
class ReadmeCommandsTest {

  @TempDir
  static Path outputs;

  static Path root() {
    return Files.exists(Path.of("examples", "README.md")) ? Path.of("") : Path.of("..");
  }

  /** The command lines in the fenced blocks of a README, continuation lines joined. */
  static List<String> commandLines(Path readme) throws IOException {
    List<String> found = new ArrayList<>();
    boolean inBlock = false;
    StringBuilder pending = null;
    for (String line : Files.readAllLines(readme)) {
      if (line.startsWith("```")) {
        inBlock = !inBlock;
        continue;
      }
      if (!inBlock) {
        continue;
      }
      String l = line.strip();
      if (pending != null) {
        pending.append(' ').append(l);
      } else if (l.startsWith("bin/send-")) {
        pending = new StringBuilder(l);
      } else {
        continue;
      }
      if (pending.toString().endsWith("\\")) {
        pending.setLength(pending.length() - 1);
      } else {
        String cmd = pending.toString();
        int comment = cmd.indexOf(" #");
        found.add((comment < 0 ? cmd : cmd.substring(0, comment)).strip());
        pending = null;
      }
    }
    return found;
  }

  /** Splits a shell line on spaces, keeping double-quoted words whole. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          out.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(c);
        any = true;
      }
    }
    if (any) {
      out.add(w.toString());
    }
    return out;
  }

  static Stream<String> documented() throws IOException {
    Set<String> lines = new LinkedHashSet<>();
    lines.addAll(commandLines(root().resolve("README.md")));
    lines.addAll(commandLines(root().resolve("examples").resolve("README.md")));
    // bin/send-jshell and bin/send-bench start other tools (JShellScriptsTest runs the scripts);
    // bin/send-data is the importers' command, tested with it.
    return lines.stream().filter(l -> !l.startsWith("bin/send-jshell") && !l.startsWith("bin/send-bench")
        && !l.startsWith("bin/send-data"));
  }

  @Test
  void the_readmes_document_every_command() throws IOException {
    assertThat(documented().map(l -> l.split(" ")[0]).distinct()).contains("bin/send-report", "bin/send-school-report",
        "bin/send-ehcp-deadlines", "bin/send-accountability");
    assertThat(words("a \"b c\" d")).containsExactly("a", "b c", "d");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documented")
  void runs_as_documented(String line) throws IOException {
    List<String> w = words(line);
    String command = w.get(0).substring("bin/send-".length());
    List<String> args = new ArrayList<>();
    Path out = null;
    for (int i = 1; i < w.size(); i++) {
      String a = w.get(i);
      if (a.equals("--out") && i + 1 < w.size()) {
        out = outputs.resolve(Integer.toHexString(line.hashCode())).resolve(w.get(++i));
        args.add("--out");
        args.add(out.toString());
      } else if (a.startsWith("examples/")) {
        args.add(root().resolve(a).toString());
      } else {
        args.add(a);
      }
    }
    if (command.equals("report") && !args.contains("--out")) {
      out = outputs.resolve(Integer.toHexString(line.hashCode())).resolve("send-report");
      args.add("--out");
      args.add(out.toString());
    }
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = SendCommand.run(command, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), args.toArray(new String[0]));
    assertThat(code).as(line + "\n" + e.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(e.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(o.toString(StandardCharsets.UTF_8)).isNotEmpty();
    if (out != null && !args.contains("--help")) {
      assertThat(out).isDirectory();
      assertThat(out.toFile().list()).isNotEmpty();
    }
  }
}

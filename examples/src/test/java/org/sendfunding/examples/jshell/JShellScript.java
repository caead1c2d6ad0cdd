package org.sendfunding.examples.jshell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs a JShell script through the {@code jdk.jshell} API, as {@code bin/send-jshell} would, and
 * returns what it printed. Any rejected snippet or exception fails the run with the snippet's text.
 */
final class JShellScript {

  private JShellScript() {}

  static synchronized String run(Path... scripts) throws IOException {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
    // The local execution engine runs snippets in this JVM, so they print to System.out itself.
    PrintStream original = System.out;
    System.setOut(out);
    try (JShell shell = JShell.builder().out(out).err(out).executionEngine("local").build()) {
      for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      for (Path script : scripts) {
        eval(shell, Files.readString(script, StandardCharsets.UTF_8), script);
      }
    } finally {
      System.setOut(original);
    }
    out.flush();
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static void eval(JShell shell, String source, Path script) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      String snippet = info.source();
      if (snippet == null || snippet.isBlank()) {
        if (info.remaining().equals(remaining)) {
          throw new AssertionError(script + ": cannot parse the rest of the script: " + remaining);
        }
        remaining = info.remaining();
        continue;
      }
      String trimmed = snippet.trim();
      if (trimmed.startsWith("/") && !trimmed.startsWith("//") && !trimmed.startsWith("/*")) {
        // JShell commands (such as /exit) are for the interactive tool only.
        remaining = info.remaining();
        continue;
      }
      List<SnippetEvent> events = shell.eval(snippet);
      List<String> problems = new ArrayList<>();
      for (SnippetEvent e : events) {
        if (e.causeSnippet() == null && e.status() != Snippet.Status.VALID) {
          problems.add("status " + e.status() + ", unresolved: "
              + (e.snippet() instanceof jdk.jshell.DeclarationSnippet
                  ? shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) e.snippet()).collect(Collectors.toList())
                  : List.of()));
        }
        if (e.status() == Snippet.Status.REJECTED) {
          problems.add("rejected: " + shell.diagnostics(e.snippet())
              .map(d -> d.getMessage(java.util.Locale.ROOT) + " at: " + snippet.substring((int) Math.max(0, d.getStartPosition()), (int) Math.min(snippet.length(), Math.max(0, d.getEndPosition())))).collect(Collectors.joining("; ")));
        }
        if (e.exception() != null) {
          Exception ex = e.exception();
          String message = ex instanceof EvalException
              ? ((EvalException) ex).getExceptionClassName() + ": " + ex.getMessage()
              : ex.toString();
          problems.add("threw " + message);
        }
      }
      if (!problems.isEmpty()) {
        throw new AssertionError(script.getFileName() + ": snippet failed: " + snippet.trim() + "\n  " + String.join("\n  ", problems));
      }
      remaining = info.remaining();
    }
  }

  /** The examples/jshell folder, found from the module directory Maven runs tests in. */
  static Path scriptDir() {
    Path dir = Path.of("jshell");
    return Files.isDirectory(dir) ? dir : Path.of("examples", "jshell");
  }
}

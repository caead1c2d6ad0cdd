package org.sendfunding.examples.jshell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * Runs JShell scripts through the real {@code jshell} tool ({@link JavaShellToolBuilder}), as a user
 * does with {@code bin/send-jshell script.jsh}: {@code startup.jsh} as a {@code --startup} script,
 * then every other script fed to the tool as its input, line by line, so a line is run as soon as it
 * is a complete snippet. Returns what the scripts printed; any {@code Error:} or exception the tool
 * reports fails the run with the tool's own transcript.
 */
final class JShellScript {

  private JShellScript() {}

  static synchronized String run(Path... scripts) throws IOException {
    List<String> args = new ArrayList<>(List.of("--class-path", System.getProperty("java.class.path"),
        "--execution", "local", "--feedback", "normal", "--startup", "DEFAULT"));
    StringBuilder input = new StringBuilder();
    for (Path script : scripts) {
      if (script.getFileName().toString().equals("startup.jsh")) {
        args.add("--startup");
        args.add(script.toAbsolutePath().toString());
      } else {
        input.append(Files.readString(script, StandardCharsets.UTF_8)).append('\n');
      }
    }
    input.append("/exit\n");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ByteArrayOutputStream transcript = new ByteArrayOutputStream();
    PrintStream scriptOut = new PrintStream(printed, true, StandardCharsets.UTF_8);
    PrintStream toolOut = new PrintStream(transcript, true, StandardCharsets.UTF_8);
    // The local execution engine runs snippets in this JVM, so they print to System.out itself.
    PrintStream original = System.out;
    System.setOut(scriptOut);
    try {
      JavaShellToolBuilder.builder()
          .in(new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), null)
          .out(toolOut, toolOut, toolOut)
          .err(toolOut)
          .persistence(new HashMap<>())
          .locale(Locale.ROOT)
          .run(args.toArray(new String[0]));
    } catch (Exception e) {
      throw new AssertionError("jshell did not run: " + e, e);
    } finally {
      System.setOut(original);
    }
    String tool = transcript.toString(StandardCharsets.UTF_8);
    for (String line : tool.split("\\R")) {
      String l = line.strip();
      if (l.contains("Error:") || l.startsWith("|  Exception") || l.startsWith("|  Caused by") || l.contains("rejected")) {
        throw new AssertionError(List.of(scripts) + ": jshell reported a failure:\n" + tool);
      }
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  /** The examples/jshell folder, found from the module directory Maven runs tests in. */
  static Path scriptDir() {
    Path dir = Path.of("jshell");
    return Files.isDirectory(dir) ? dir : Path.of("examples", "jshell");
  }
}

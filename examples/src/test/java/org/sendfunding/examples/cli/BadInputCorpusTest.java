package org.sendfunding.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad inputs users really give every command (issue 23): a missing CSV, a folder, Excel's
 * Windows-1252 "CSV" with its {@code £}, a UTF-16 "Unicode Text" file, {@code --out} that is a file,
 * an amount so large the sums overflow, a year no rule covers, a name that is not an LA. Each must end
 * with one line naming the command, exit with code 2, print nothing to the terminal, show no stack
 * trace, and leave {@code --out} exactly as it was.
 */
class BadInputCorpusTest {

  static final String SCHOOL_HEADER = "pupil_id,sen_provision,primary_need,provision_cost,top_up_basis,band,agreed_top_up\n";
  static final String CASES_HEADER = "case_id,la_code,request_received,decision_to_assess,decision_not_to_assess,draft_served,"
      + "final_issued,review_meeting,exception\n";

  /** One bad input: the command, its arguments ({@code IN} is the bad file, {@code OUT} the output folder), and the line's gist. */
  record Case(String name, String command, byte[] file, List<String> args, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] windows1252(String s) {
    return s.getBytes(java.nio.charset.Charset.forName("windows-1252"));
  }

  static byte[] utf16(String s) {
    byte[] body = s.getBytes(StandardCharsets.UTF_16LE);
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) 0xFF;
    out[1] = (byte) 0xFE;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  static Path sample(String name) {
    Path p = Path.of("data", name);
    return Files.exists(p) ? p.toAbsolutePath() : Path.of("examples", "data", name).toAbsolutePath();
  }

  static Stream<Case> corpus() {
    String pupil = "P01,E,ASD,\"£18,500\",NONE,,\n";
    String school = "--school|R|--la|Shropshire|--notional-sen-budget|60000";
    String sampleSchool = sample("sample-school.csv").toString();
    String cases = "C-1,202,2024-09-02,,,,,,\n";
    List<Case> c = new ArrayList<>();
    // send-school-report
    c.add(new Case("school: missing CSV", "school-report", null, args("missing.csv|" + school), "missing.csv: no such file"));
    c.add(new Case("school: a folder", "school-report", null, args("DIR|" + school), "is a folder, not a file"));
    c.add(new Case("school: Windows-1252 £", "school-report", windows1252(SCHOOL_HEADER + pupil), args("IN|" + school), "not UTF-8"));
    c.add(new Case("school: UTF-16", "school-report", utf16(SCHOOL_HEADER + pupil), args("IN|" + school), "is UTF-16 text"));
    c.add(new Case("school: --out a file", "school-report", null, args(sampleSchool + "|" + school + "|--out|FILE"), "is a file, not a folder"));
    // Two costs whose sum overflows a long of pence: each is refused as implausible (over £2,000,000 a pupil).
    c.add(new Case("school: costs whose sum would overflow", "school-report",
        utf8(SCHOOL_HEADER + "P01,E,ASD,50000000000000000,NONE,,\nP02,E,ASD,50000000000000000,NONE,,\n"), args("IN|" + school),
        "2 problems in"));
    c.add(new Case("school: year without rates", "school-report", null, args(sampleSchool + "|" + school + "|--year|1999-00"),
        "--year 1999-00: the model has no place-plus rates in force in 1999-00"));
    c.add(new Case("school: year 2025-27", "school-report", null, args(sampleSchool + "|" + school + "|--year|2025-27"),
        "'2025-27' is not a financial year like 2025-26"));
    c.add(new Case("school: --la Narnia", "school-report", null,
        args(sampleSchool + "|--school|R|--la|Narnia|--notional-sen-budget|60000"), "--la 'Narnia' is not a local authority in England"));
    c.add(new Case("school: budget not an amount", "school-report", null,
        args(sampleSchool + "|--school|R|--la|893|--notional-sen-budget|lots"), "'lots' is not an amount of money"));
    c.add(new Case("school: Southend's bands have no amounts", "school-report",
        utf8(SCHOOL_HEADER + "P01,E,ASD,18500,BAND,level-2,\n"), args("IN|--school|R|--la|Southend-on-Sea|--notional-sen-budget|60000|--banding|southend"),
        "publishes no amounts"));
    c.add(new Case("school: banding file missing", "school-report", null, args(sampleSchool + "|" + school + "|--banding-file|none.yaml"),
        "--banding-file none.yaml: no such file"));
    c.add(new Case("school: banding file not a banding", "school-report", utf8("authority: X\nbands: 3\n"),
        args(sampleSchool + "|" + school + "|--banding-file|IN"), "not a banding the model can read"));
    // send-ehcp-deadlines
    c.add(new Case("ehcp: missing CSV", "ehcp-deadlines", null, args("missing.csv|--as-of|2025-06-30"), "missing.csv: no such file"));
    c.add(new Case("ehcp: a folder", "ehcp-deadlines", null, args("DIR|--as-of|2025-06-30"), "is a folder, not a file"));
    c.add(new Case("ehcp: Windows-1252", "ehcp-deadlines", windows1252(CASES_HEADER + "C-1,202,2024-09-02,,,,,,\u00e9\n"),
        args("IN|--as-of|2025-06-30"), "not UTF-8"));
    c.add(new Case("ehcp: UTF-16", "ehcp-deadlines", utf16(CASES_HEADER + cases), args("IN|--as-of|2025-06-30"), "is UTF-16 text"));
    c.add(new Case("ehcp: --out a file", "ehcp-deadlines", utf8(CASES_HEADER + cases), args("IN|--as-of|2025-06-30|--out|FILE"),
        "is a file, not a folder"));
    c.add(new Case("ehcp: a bad date", "ehcp-deadlines", utf8(CASES_HEADER + "C-1,202,02/09/2024,,,,,,\n"), args("IN|--as-of|2025-06-30"),
        "column 'request_received' ('02/09/2024'): not a date"));
    c.add(new Case("ehcp: an unknown LA", "ehcp-deadlines", utf8(CASES_HEADER + "C-1,999,2024-09-02,,,,,,\n"), args("IN|--as-of|2025-06-30"),
        "column 'la_code' ('999'): not the DfE code of a local authority"));
    c.add(new Case("ehcp: header only", "ehcp-deadlines", utf8(CASES_HEADER), args("IN|--as-of|2025-06-30"), "no cases after the header"));
    c.add(new Case("ehcp: bad --as-of", "ehcp-deadlines", utf8(CASES_HEADER + cases), args("IN|--as-of|30/06/2025"), "is not a date"));
    // send-accountability
    c.add(new Case("accountability: missing CSV", "accountability", null, args("missing.csv"), "missing.csv: no such file"));
    c.add(new Case("accountability: no schools file beside it", "accountability", utf8("pupil_id\n"), args("IN"), "schools.csv"));
    c.add(new Case("accountability: Windows-1252", "accountability", windows1252("pupil_id,\u00a3\n"),
        args("IN|--schools|" + sample("cohort/schools.csv")), "not UTF-8"));
    // send-report: options are all checked before anything runs
    c.add(new Case("report: --data missing", "report", null, args("--data|nowhere"), "--data nowhere: no such folder"));
    c.add(new Case("report: --data a file", "report", utf8("x"), args("--data|IN"), "is a file, not a folder"));
    c.add(new Case("report: --overlay missing", "report", null, args("--overlay|none.yaml"), "--overlay none.yaml: no such file"));
    c.add(new Case("report: --overlay Windows-1252", "report", windows1252("name: \u00a3 floor\n"), args("--overlay|IN"), "UTF-8"));
    c.add(new Case("report: --out a file", "report", null, args("--section|2|--out|FILE"), "is a file, not a folder"));
    c.add(new Case("report: a year outside the dataset", "report", null, args("--year|2024-25"), "--year 2024-25: the embedded dataset"));
    c.add(new Case("report: --to 2025-27", "report", null, args("--to|2025-27"), "'2025-27' is not a financial year"));
    c.add(new Case("report: --section 0", "report", null, args("--section|0"), "--section 0 is not a section"));
    return c.stream();
  }

  static List<String> args(String joined) {
    return List.of(joined.split("\\|"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void ends_with_one_line_exit_2_and_leaves_out_untouched(Case c, @TempDir Path work) throws IOException {
    Path in = work.resolve(c.command().equals("report") ? "overlay.yaml" : "input.csv");
    if (c.file() != null) {
      Files.write(in, c.file());
    }
    Path dir = work.resolve("a-folder");
    Files.createDirectories(dir);
    Path file = work.resolve("a-file");
    Files.writeString(file, "not a folder\n");
    Path out = work.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("keep.txt"), "yesterday's report\n");
    List<String> args = new ArrayList<>();
    boolean outGiven = false;
    for (String a : c.args()) {
      switch (a) {
        case "IN" -> args.add(in.toString());
        case "DIR" -> args.add(dir.toString());
        case "FILE" -> {
          args.add(file.toString());
          outGiven = true;
        }
        default -> args.add(a);
      }
    }
    if (!outGiven) {
      args.add("--out");
      args.add(out.toString());
    }
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = SendCommand.run(c.command(), new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
        args.toArray(new String[0]));
    String err = e.toString(StandardCharsets.UTF_8);
    List<String> lines = err.lines().toList();
    assertThat(code).as(err).isEqualTo(2);
    assertThat(lines).as(err).isNotEmpty();
    String last = lines.get(lines.size() - 1);
    assertThat(last).startsWith("send-" + c.command() + ": ").contains(c.expected());
    // Detail lines (every problem of a file) are indented; only the last line speaks for the command.
    assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(l -> assertThat(l).startsWith("  "));
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
    assertThat(o.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(out.toFile().list()).containsExactly("keep.txt");
    assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("yesterday's report\n");
    assertThat(Files.readString(file)).isEqualTo("not a folder\n");
    try (Stream<Path> left = Files.list(work)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no staging folder left behind")
          .allSatisfy(n -> assertThat(n).doesNotContain(".partial-"));
    }
  }
}

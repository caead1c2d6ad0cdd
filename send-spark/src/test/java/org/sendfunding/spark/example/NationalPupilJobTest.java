package org.sendfunding.spark.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendfunding.spark.SharedSpark;

/** The example jobs on small inputs: Spark and the single JVM print the same figures. */
class NationalPupilJobTest {

  @TempDir
  Path dir;

  private static String run(String... args) throws Exception {
    PrintStream was = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      NationalPupilJob.main(args);
    } finally {
      System.setOut(was);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    was.print(out);
    return out;
  }

  /** The line of totals, which both paths print in the same words. */
  private static String totals(String out) {
    return out.lines().filter(l -> l.contains("total place-plus funding")).findFirst().orElseThrow()
        .replaceAll(", \\d+ errors$", "");
  }

  @Test
  void spark_and_the_single_jvm_print_the_same_totals() throws Exception {
    SharedSpark.session();
    String data = dir.resolve("data").toString();
    assertThat(run("generate", data, "--pupils", "3000", "--schools", "60"))
        .contains("generated 3,000 pupils and 60 schools");
    String spark = run("spark", data, dir.resolve("out").toString());
    String jvm = run("jvm", "3000", "60");
    assertThat(totals(spark)).isEqualTo(totals(jvm)).contains("3,000 pupils funded");
    List<String> csv = Files.readAllLines(dir.resolve("out/la-totals.csv"));
    assertThat(csv.get(0)).startsWith("la_code,pupils,element1_pence");
    assertThat(csv).hasSize(61);   // 60 schools in 60 LAs, and the header
    assertThat(spark).contains(" 0 errors");
  }

  @Test
  void the_sweep_example_finds_every_row_identical() {
    SharedSpark.session();
    PrintStream was = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      SweepJob.main(new String[] {"300"});
    } finally {
      System.setOut(was);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("300 variants x 5 years")
        .contains("1,500 of 1,500 rows identical");
  }

  @Test
  void the_timelines_example_finds_every_la_year_identical() {
    SharedSpark.session();
    PrintStream was = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      TimelineJob.main(new String[] {"400"});
    } finally {
      System.setOut(was);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("deadlines ([0-9,]+) = ([0-9,]+); ([0-9,]+) of ([0-9,]+) LA-years identical").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    assertThat(m.group(1)).isEqualTo(m.group(2));
    assertThat(m.group(3)).isEqualTo(m.group(4));
  }
}

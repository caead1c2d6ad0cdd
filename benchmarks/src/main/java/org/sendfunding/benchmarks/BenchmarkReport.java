package org.sendfunding.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints one table from a JMH JSON result file and the numpy peer's output: workload, our median and
 * minimum, the peer's median where there is one, the ratio, the target, and whether it was met.
 *
 * <p>Targets are data ({@code targets.csv} beside this class), not code. Usage: {@code java -cp
 * benchmarks.jar org.sendfunding.benchmarks.BenchmarkReport jmh.json peer.txt}.
 */
public final class BenchmarkReport {

  private static final Pattern PEER = Pattern.compile("min ([0-9.]+) ms, median ([0-9.]+) ms");

  private BenchmarkReport() {}

  /** One row of the targets file. */
  record Target(String benchmark, String workload, double target, String unit, String peer) {}

  /** Our figures for one benchmark, in the target's unit. */
  record Result(double median, double min, String allocation) {}

  public static void main(String[] args) throws IOException {
    Path jmh = Path.of(args[0]);
    Double peerMedianMs = args.length > 1 && Files.exists(Path.of(args[1])) ? peerMedian(Files.readString(Path.of(args[1]))) : null;
    System.out.print(render(targets(), results(Files.readString(jmh)), peerMedianMs));
  }

  static List<Target> targets() throws IOException {
    List<Target> targets = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        BenchmarkReport.class.getResourceAsStream("targets.csv"), StandardCharsets.UTF_8))) {
      in.readLine();
      String line;
      while ((line = in.readLine()) != null) {
        List<String> f = splitCsv(line);
        targets.add(new Target(f.get(0), f.get(1), Double.parseDouble(f.get(2)), f.get(3), f.size() > 4 ? f.get(4) : ""));
      }
    }
    return targets;
  }

  /** Results keyed by benchmark method name (with {@code :param=value} for parameterised ones). */
  static Map<String, Result> results(String json) throws IOException {
    Map<String, Result> results = new LinkedHashMap<>();
    for (JsonNode run : new ObjectMapper().readTree(json)) {
      String name = run.get("benchmark").asText();
      name = name.substring(name.lastIndexOf('.') + 1);
      JsonNode params = run.get("params");
      if (params != null) {
        StringBuilder key = new StringBuilder(name);
        params.fields().forEachRemaining(p -> key.append(':').append(p.getKey()).append('=').append(p.getValue().asText()));
        name = key.toString();
      }
      JsonNode metric = run.get("primaryMetric");
      double scale = toMillis(metric.get("scoreUnit").asText());
      JsonNode pct = metric.get("scorePercentiles");
      String allocation = "";
      JsonNode secondary = run.get("secondaryMetrics");
      // JMH before 1.36 prefixed profiler metrics with a middle dot; 1.37 does not.
      for (String key : new String[] {"gc.alloc.rate.norm", "·gc.alloc.rate.norm"}) {
        if (secondary != null && secondary.has(key)) {
          allocation = String.format(Locale.ROOT, "%.0f B/op", secondary.get(key).get("score").asDouble());
        }
      }
      results.put(name, new Result(pct.get("50.0").asDouble() * scale, pct.get("0.0").asDouble() * scale, allocation));
    }
    return results;
  }

  static Double peerMedian(String peerOutput) {
    Matcher m = PEER.matcher(peerOutput);
    return m.find() ? Double.parseDouble(m.group(2)) : null;
  }

  static String render(List<Target> targets, Map<String, Result> results, Double peerMedianMs) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-58s %12s %12s %12s %7s %10s %-4s %s%n",
        "workload", "ours median", "ours min", "peer median", "ratio", "target", "met", "allocation"));
    for (Target t : targets) {
      Result r = results.get(t.benchmark());
      double unit = t.unit().equals("us") ? 0.001 : 1.0;
      if (r == null) {
        out.append(String.format(Locale.ROOT, "%-58s %12s %12s %12s %7s %10s %-4s%n", t.workload(), "not run", "", "", "",
            fmt(t.target()) + " " + t.unit(), "-"));
        continue;
      }
      String peer = "";
      String ratio = "";
      if (!t.peer().isEmpty() && peerMedianMs != null) {
        peer = fmt(peerMedianMs / unit) + " " + t.unit();
        ratio = String.format(Locale.ROOT, "%.1fx", peerMedianMs / r.median());
      }
      boolean met = r.median() <= t.target() * unit && (ratio.isEmpty() || peerMedianMs / r.median() >= 2.0);
      out.append(String.format(Locale.ROOT, "%-58s %12s %12s %12s %7s %10s %-4s %s%n",
          t.workload(), fmt(r.median() / unit) + " " + t.unit(), fmt(r.min() / unit) + " " + t.unit(), peer, ratio,
          fmt(t.target()) + " " + t.unit(), met ? "yes" : "NO", r.allocation()));
    }
    for (Map.Entry<String, Result> extra : results.entrySet()) {
      if (targets.stream().noneMatch(t -> t.benchmark().equals(extra.getKey()))) {
        Result r = extra.getValue();
        out.append(String.format(Locale.ROOT, "%-58s %12s %12s %12s %7s %10s %-4s %s%n",
            "  " + extra.getKey(), fmt(r.median()) + " ms", fmt(r.min()) + " ms", "", "", "", "", r.allocation()));
      }
    }
    return out.toString();
  }

  private static double toMillis(String unit) {
    switch (unit) {
      case "ns/op": return 1e-6;
      case "us/op": return 1e-3;
      case "ms/op": return 1.0;
      case "s/op": return 1e3;
      default: throw new IllegalArgumentException("BenchmarkReport: unexpected JMH unit " + unit);
    }
  }

  private static String fmt(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static List<String> splitCsv(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    fields.add(f.toString());
    return fields;
  }
}

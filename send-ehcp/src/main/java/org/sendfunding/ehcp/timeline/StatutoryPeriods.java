package org.sendfunding.ehcp.timeline;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.InputStream;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.InputText;
import org.sendfunding.model.input.NumberSyntax;
import org.sendfunding.model.input.Problems;

/**
 * The set of statutory periods used by the timeline engine, read from a properties-style data file.
 *
 * <p>The bundled file {@code statutory-periods.properties} holds every period of the EHC process with
 * its regulation, so that a change in the law is a change of data:
 *
 * <pre>{@code
 * StatutoryPeriods periods = StatutoryPeriods.standard();
 * periods.get("final-plan").lengthText();   // "20 weeks"
 * periods.withPeriod(StatutoryPeriod.builder().from(periods.get("final-plan")).amount(18).build());
 * }</pre>
 *
 * <p>The loader reads the whole file and reports every bad line, unknown key and missing field in one
 * exception. This class is immutable and thread-safe.
 */
public final class StatutoryPeriods {

  static final String RESOURCE = "statutory-periods.properties";

  /** The periods the timeline engine needs; a file lacking one is rejected. */
  public static final ImmutableSet<String> REQUIRED =
      ImmutableSet.of(
          "assessment-decision", "no-plan-notice", "final-plan", "draft-comment", "annual-review",
          "under-five-review", "review-report", "review-decision", "amendment-final", "reassessment-final",
          "transfer-school", "transfer-post16", "transfer-post16-to-post16", "mediation-certificate",
          "appeal-from-decision", "appeal-from-certificate", "mediation-held", "tribunal-order-assess-notice",
          "tribunal-order-assess-no-plan", "tribunal-order-assess-final", "tribunal-order-plan-draft",
          "tribunal-order-plan-final", "advice", "review-notice");

  private static final ImmutableSet<String> FIELDS =
      ImmutableSet.of(
          "length", "rule", "source", "paragraph", "href", "inForce", "verified", "firstDayCounts",
          "tribunalHolidayShift", "guidance", "exceptionsApply");
  private static final Pattern LINE = Pattern.compile("([a-z0-9-]+)\\.([A-Za-z]+)\\s*=\\s*(.*)");
  private static final Pattern LENGTH =
      Pattern.compile("(-?\\d+) (days|weeks|months|working days)|fixed (--\\d\\d-\\d\\d)");

  private static final StatutoryPeriods STANDARD = load();

  private final ImmutableMap<String, StatutoryPeriod> periods;

  private StatutoryPeriods(ImmutableMap<String, StatutoryPeriod> periods) {
    this.periods = periods;
  }

  /**
   * The periods in force under the SEND Regulations 2014, from the bundled data file.
   *
   * @return the standard periods
   */
  public static StatutoryPeriods standard() {
    return STANDARD;
  }

  /** The most bytes a file may have: 1 MiB (the shipped file is under 20 KB), so that a hostile file fails clearly. */
  static final int MAX_BYTES = 1024 * 1024;

  /**
   * Parses periods in the data format described in the bundled file: {@code <id>.<field> = <value>}
   * lines, {@code #} comments. The file is read by {@link InputText} (strict UTF-8, a byte-order mark
   * dropped, at most {@link #MAX_BYTES}); every problem is a {@link org.sendfunding.model.input.Problem}
   * naming the line and the key ({@code final-plan.length}) with its value.
   *
   * @param in the data
   * @param what the file name, for messages
   * @return the periods
   * @throws InputException listing every problem with its line and key
   */
  public static StatutoryPeriods parse(InputStream in, String what) {
    String text = InputText.read(in, what, MAX_BYTES);
    Problems problems = Problems.in(what);
    Map<String, Map<String, String>> fields = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : text.split("\\R", -1)) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(t);
      if (!m.matches()) {
        problems.add(lineNo, "", t, "not a line of the form '<id>.<field> = <value>'");
        continue;
      }
      String id = m.group(1);
      String field = m.group(2);
      String key = id + "." + field;
      if (!FIELDS.contains(field)) {
        problems.add(lineNo, key, "", "unknown field '" + field + "' for " + id + " (known: " + FIELDS + ")");
        continue;
      }
      lines.putIfAbsent(id, lineNo);
      Map<String, String> f = fields.computeIfAbsent(id, k -> new LinkedHashMap<>());
      if (f.put(field, m.group(3).strip()) != null) {
        problems.add(lineNo, key, "", "given twice");
      } else {
        lines.put(key, lineNo);
      }
    }
    ImmutableMap.Builder<String, StatutoryPeriod> out = ImmutableMap.builder();
    for (Map.Entry<String, Map<String, String>> e : fields.entrySet()) {
      String id = e.getKey();
      Map<String, String> f = e.getValue();
      Field at = new Field(problems, id, f, lines);
      List<String> missing = new ArrayList<>();
      for (String req : List.of("length", "rule", "source", "href", "inForce", "verified")) {
        if (!f.containsKey(req) || f.get(req).isEmpty()) {
          missing.add(req);
        }
      }
      if (!missing.isEmpty()) {
        problems.add(lines.get(id), id, "", "period " + id + " is missing " + String.join(", ", missing));
        continue;
      }
      // the paragraph (regulation, rule or section) is optional so that a short overlay file can cite a
      // document alone; every shipped period has one (StatutoryPeriodsSourcesTest)
      SourceReference.Builder source = SourceReference.builder().title(f.get("source")).href(f.get("href"));
      if (f.containsKey("paragraph")) {
        if (f.get("paragraph").isEmpty()) {
          at.problem("paragraph", "empty (leave the line out if the source has no paragraph)");
          continue;
        }
        source.paragraph(f.get("paragraph"));
      }
      StatutoryPeriod.Builder b = StatutoryPeriod.builder().id(id).rule(f.get("rule")).source(source.build());
      Matcher lm = LENGTH.matcher(f.get("length"));
      if (!lm.matches()) {
        at.problem("length", "not '<n> days|weeks|months|working days' or 'fixed --MM-DD'");
        continue;
      }
      if (lm.group(3) != null) {
        try {
          b.unit(PeriodUnit.FIXED_DAY).fixedDay(MonthDay.parse(lm.group(3)));
        } catch (DateTimeParseException ex) {
          at.problem("length", "fixed day '" + lm.group(3) + "' is not a day of the year like --02-15");
          continue;
        }
      } else {
        try {
          b.amount(Integer.parseInt(lm.group(1)));
        } catch (NumberFormatException ex) {
          // found by fuzzing: a length beyond int escaped as a bare NumberFormatException
          at.problem("length", "too large");
          continue;
        }
        switch (lm.group(2)) {
          case "days": b.unit(PeriodUnit.DAYS); break;
          case "weeks": b.unit(PeriodUnit.WEEKS); break;
          case "months": b.unit(PeriodUnit.MONTHS); break;
          default: b.unit(PeriodUnit.WORKING_DAYS);
        }
      }
      boolean ok = true;
      try {
        b.inForce(NumberSyntax.date(f.get("inForce")));
      } catch (IllegalArgumentException ex) {
        at.problem("inForce", NumberSyntax.DATE);
        ok = false;
      }
      for (String flag : List.of("verified", "firstDayCounts", "tribunalHolidayShift", "guidance", "exceptionsApply")) {
        String v = f.get(flag);
        if (v != null && !v.equals("true") && !v.equals("false")) {
          at.problem(flag, "not true or false");
          ok = false;
        }
      }
      if (!ok) {
        continue;
      }
      b.verified(Boolean.parseBoolean(f.get("verified")))
          .firstDayCounts(Boolean.parseBoolean(f.get("firstDayCounts")))
          .tribunalHolidayShift(Boolean.parseBoolean(f.get("tribunalHolidayShift")))
          .guidance(Boolean.parseBoolean(f.get("guidance")))
          .exceptionsApply(Boolean.parseBoolean(f.get("exceptionsApply")));
      try {
        out.put(id, b.build());
      } catch (IllegalArgumentException | IllegalStateException ex) {
        problems.add(lines.get(id), id, "", String.valueOf(ex.getMessage()));
      }
    }
    for (String req : REQUIRED) {
      if (!fields.containsKey(req)) {
        problems.addFile("period " + req + " is required by the timeline engine but missing");
      }
    }
    problems.throwIfAny();
    return new StatutoryPeriods(out.build());
  }

  /** Where one period's fields are, so a problem names the line and key of the field at fault. */
  private static final class Field {
    final Problems problems;
    final String id;
    final Map<String, String> values;
    final Map<String, Integer> lines;

    Field(Problems problems, String id, Map<String, String> values, Map<String, Integer> lines) {
      this.problems = problems;
      this.id = id;
      this.values = values;
      this.lines = lines;
    }

    void problem(String field, String message) {
      String key = id + "." + field;
      problems.add(lines.getOrDefault(key, lines.get(id)), key, values.getOrDefault(field, ""), message);
    }
  }

  private static StatutoryPeriods load() {
    InputStream in = StatutoryPeriods.class.getResourceAsStream(RESOURCE);
    Preconditions.checkState(in != null, "Missing resource %s", RESOURCE);
    return parse(in, RESOURCE);
  }

  /** Every period by id, in file order. */
  public ImmutableMap<String, StatutoryPeriod> periods() {
    return periods;
  }

  /**
   * The period with an id.
   *
   * @param id e.g. {@code final-plan}
   * @return the period
   * @throws IllegalArgumentException naming the known ids if there is none
   */
  public StatutoryPeriod get(String id) {
    StatutoryPeriod p = periods.get(id);
    Preconditions.checkArgument(p != null, "StatutoryPeriods: no period '%s' (known: %s)", id, periods.keySet());
    return p;
  }

  /**
   * A copy with one period replaced, for scenarios ("what if the limit were 18 weeks?").
   *
   * @param period the replacement, whose id must already exist
   * @return the new set
   */
  public StatutoryPeriods withPeriod(StatutoryPeriod period) {
    get(period.id());
    Map<String, StatutoryPeriod> copy = new LinkedHashMap<>(periods);
    copy.put(period.id(), period);
    return new StatutoryPeriods(ImmutableMap.copyOf(copy));
  }
}

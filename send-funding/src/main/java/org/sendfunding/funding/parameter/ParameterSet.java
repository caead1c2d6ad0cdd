package org.sendfunding.funding.parameter;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.InputText;
import org.sendfunding.model.input.Problem;
import org.sendfunding.model.input.Problems;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.time.FinancialYear;

/**
 * A complete set of parameters, looked up by path and date: the rules the engines apply.
 *
 * <pre>{@code
 * ParameterSet p = ParameterSet.defaults();
 * p.percentage("highneeds.nff.floor", FinancialYear.of(2025));    // 7%
 * p.money("placeplus.place_value.special", FinancialYear.of(2025)); // £10,000.00
 * p.rule("highneeds.allocation.method", FinancialYear.of(2026));  // rollover
 * }</pre>
 *
 * <p>Typed shortcuts taking a {@link FinancialYear} use the value in force on 1 April of that year.
 * A lookup that finds no value in force throws a {@link ParameterException} naming the path and
 * date: the engines never fall back to a default.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParameterSet {

  /** The classpath folder holding the shipped parameter files and their {@code index.txt}. */
  public static final String RESOURCE_ROOT = "org/sendfunding/funding/parameters/";

  private final ImmutableSortedMap<String, Parameter> parameters;

  private ParameterSet(ImmutableSortedMap<String, Parameter> parameters) {
    this.parameters = parameters;
  }

  /**
   * The parameters shipped with this library, read once from the embedded YAML files.
   *
   * @return the default parameters
   * @throws ParameterException if an embedded file is invalid
   */
  public static ParameterSet defaults() {
    return Defaults.INSTANCE;
  }

  private static final class Defaults {
    static final ParameterSet INSTANCE = loadClasspath(ParameterSet.class.getClassLoader());
  }

  /**
   * A set of the given parameters.
   *
   * @param parameters the parameters, with distinct paths
   * @return the set
   * @throws ParameterException naming each duplicated path
   */
  public static ParameterSet of(Iterable<Parameter> parameters) {
    Map<String, Parameter> map = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Parameter p : parameters) {
      if (map.put(p.path(), p) != null) {
        problems.add("parameter path '" + p.path() + "' is defined twice");
      }
    }
    if (!problems.isEmpty()) {
      throw new ParameterException("Cannot build parameter set", problems);
    }
    return new ParameterSet(ImmutableSortedMap.copyOf(map));
  }

  /**
   * Loads every {@code .yaml} file below a directory, in the layout of the shipped files: the path
   * of {@code highneeds/nff/floor.yaml} is {@code highneeds.nff.floor}.
   *
   * <p>Each file is read by {@code model.input.InputText} (strict UTF-8, a byte-order mark dropped) and
   * each value parsed by {@code model.input.NumberSyntax}; every problem is a located {@code Problem}
   * (file, line, key such as {@code values.2025-04-01}, value).
   *
   * @param directory the directory
   * @return the parameters
   * @throws ParameterException (an {@code InputException}) listing every problem in every file
   */
  public static ParameterSet load(Path directory) {
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path f : walk.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .collect(Collectors.toList())) {
        String relative = directory.relativize(f).toString().replace('\\', '/');
        try {
          // strict UTF-8, a byte-order mark dropped, a hostile file refused before it is read whole
          files.put(relative, InputText.read(f, 4L * ParameterYaml.MAX_CHARACTERS));
        } catch (InputException e) {
          throw ParameterException.located("Cannot read parameter file " + relative, e.problems());
        }
      }
    } catch (IOException e) {
      throw new ParameterException("Cannot read parameter directory " + directory + ": " + e);
    }
    return parse(files);
  }

  /**
   * Parses parameter files given as text, keyed by their path relative to the parameters folder
   * (e.g. {@code highneeds/nff/floor.yaml}).
   *
   * @param files the file texts by relative file name
   * @return the parameters
   * @throws ParameterException listing every problem in every file
   */
  public static ParameterSet parse(Map<String, String> files) {
    Problems problems = Problems.in(ParameterException.SOURCE);
    List<Parameter> all = new ArrayList<>();
    Map<String, String> fileOf = new TreeMap<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      String name = f.getKey();
      if (!name.endsWith(".yaml")) {
        problems.add(Problem.file(name, "parameter files must end in .yaml"));
        continue;
      }
      String path = name.substring(0, name.length() - ".yaml".length()).replace('/', '.');
      for (Parameter p : ParameterYaml.readFile(name, path, f.getValue(), problems)) {
        all.add(p);
        fileOf.putIfAbsent(p.path(), name);
      }
    }
    Map<String, Parameter> map = new TreeMap<>();
    Map<String, Integer> seen = new TreeMap<>();
    for (Parameter p : all) {
      if (map.put(p.path(), p) != null && seen.merge(p.path(), 1, Integer::sum) == 1) {
        problems.add(Problem.of(fileOf.get(p.path()), 0, p.path(), "", "the parameter path is defined twice"));
      }
    }
    if (!problems.isEmpty()) {
      throw ParameterException.located("Cannot load parameters", problems.list());
    }
    return new ParameterSet(ImmutableSortedMap.copyOf(map));
  }

  static ParameterSet loadClasspath(ClassLoader loader) {
    List<String> names = indexedFiles(loader);
    Map<String, String> files = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String name : names) {
      String text = readResource(loader, RESOURCE_ROOT + name);
      if (text == null) {
        problems.add("index.txt lists " + name + " but there is no such resource");
      } else {
        files.put(name, text);
      }
    }
    if (!problems.isEmpty()) {
      throw new ParameterException("Cannot load parameters", problems);
    }
    return parse(files);
  }

  /**
   * The file names listed in the shipped {@code index.txt}.
   *
   * @param loader the class loader to read with
   * @return the listed names, relative to {@link #RESOURCE_ROOT}
   */
  static ImmutableList<String> indexedFiles(ClassLoader loader) {
    String index = readResource(loader, RESOURCE_ROOT + "index.txt");
    if (index == null) {
      throw new ParameterException("Cannot load parameters: " + RESOURCE_ROOT + "index.txt is missing");
    }
    return index.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .collect(ImmutableList.toImmutableList());
  }

  private static String readResource(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : InputText.read(in, name, 4L * ParameterYaml.MAX_CHARACTERS);
    } catch (InputException e) {
      throw ParameterException.located("Cannot load parameters", e.problems());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every parameter path, sorted. @return the paths */
  public ImmutableSortedSet<String> paths() {
    return parameters.keySet();
  }

  /** Every parameter, by path. @return the parameters */
  public ImmutableSortedMap<String, Parameter> parameters() {
    return parameters;
  }

  /**
   * The parameter at a path.
   *
   * @param path the path, e.g. {@code highneeds.nff.floor}
   * @return the parameter
   * @throws ParameterException naming the unknown path
   */
  public Parameter parameter(String path) {
    Parameter p = parameters.get(path);
    if (p == null) {
      throw new ParameterException("unknown parameter path '" + path + "'");
    }
    return p;
  }

  /**
   * The value in force on a date, if any.
   *
   * @param path the path
   * @param on the date
   * @return the value, or empty if none has started or the rule has ended
   * @throws ParameterException naming the unknown path
   */
  public Optional<ValueInForce> find(String path, LocalDate on) {
    return parameter(path).valueOn(on);
  }

  /**
   * The value in force on a date.
   *
   * @param path the path
   * @param on the date
   * @return the value in force
   * @throws ParameterException naming the path and date if none is in force
   */
  public ValueInForce get(String path, LocalDate on) {
    Parameter p = parameter(path);
    Optional<ValueInForce> v = p.valueOn(on);
    if (v.isEmpty()) {
      Map.Entry<LocalDate, Optional<ParameterValue>> entry = p.values().floorEntry(on);
      String why =
          entry == null
              ? "its first value is from " + p.values().firstKey()
              : "the rule ended on " + entry.getKey();
      throw new ParameterException(
          "parameter '" + path + "' has no value in force on " + on + ": " + why);
    }
    return v.get();
  }

  /**
   * The value in force on 1 April of a financial year.
   *
   * @param path the path
   * @param year the financial year
   * @return the value in force
   * @throws ParameterException naming the path and date if none is in force
   */
  public ValueInForce get(String path, FinancialYear year) {
    return get(path, year.start());
  }

  /** A money parameter for a year. @param path the path @param year the year @return the value */
  public Money money(String path, FinancialYear year) {
    return typed(path, year, ParameterUnit.GBP).asMoney();
  }

  /** A percentage parameter for a year. @param path the path @param year the year @return the value */
  public Percentage percentage(String path, FinancialYear year) {
    return typed(path, year, ParameterUnit.PERCENT).asPercentage();
  }

  /** A rate parameter for a year. @param path the path @param year the year @return the value */
  public Rate rate(String path, FinancialYear year) {
    return typed(path, year, ParameterUnit.RATE).asRate();
  }

  /** A count parameter for a year. @param path the path @param year the year @return the value */
  public long count(String path, FinancialYear year) {
    return typed(path, year, ParameterUnit.COUNT).asCount();
  }

  /** A date parameter for a year. @param path the path @param year the year @return the value */
  public LocalDate date(String path, FinancialYear year) {
    return typed(path, year, ParameterUnit.DATE).asDate();
  }

  /** A rule parameter for a year. @param path the path @param year the year @return the value */
  public String rule(String path, FinancialYear year) {
    return typed(path, year, ParameterUnit.RULE).asRule();
  }

  /** A boolean parameter for a year. @param path the path @param year the year @return the value */
  public boolean flag(String path, FinancialYear year) {
    return typed(path, year, ParameterUnit.BOOLEAN).asBoolean();
  }

  private ParameterValue typed(String path, FinancialYear year, ParameterUnit unit) {
    ValueInForce v = get(path, year);
    if (v.value().unit() != unit) {
      throw new ParameterException(
          "parameter '" + path + "' is " + v.value().unit().fileName() + ", not " + unit.fileName());
    }
    return v.value();
  }

  /**
   * A new set with an overlay's overrides applied: each override replaces the base values from its
   * date (until its {@code until} date, when the base value in force then resumes).
   *
   * @param overlay the overlay
   * @return the overridden set; this set is unchanged
   * @throws ParameterException listing every problem in the overlay (unknown path, wrong unit,
   *     duplicate or overlapping dates) before anything is applied
   */
  public ParameterSet withOverlay(ParameterOverlay overlay) {
    Problems problems = Problems.in("overlay '" + overlay.name() + "'");
    Map<String, List<ParameterOverride>> byPath = new TreeMap<>();
    for (ParameterOverride o : overlay.overrides()) {
      String from = "override from " + o.from() + ": ";
      Parameter p = parameters.get(o.path());
      if (p == null) {
        problems.add(0, o.path(), "", from + "unknown parameter path");
        continue;
      }
      if (o.value().isPresent() && o.value().get().unit() != p.unit()) {
        problems.add(0, o.path(), o.value().get().toString(), from + "the value is "
            + o.value().get().unit().fileName() + " but the parameter is " + p.unit().fileName());
      }
      byPath.computeIfAbsent(o.path(), k -> new ArrayList<>()).add(o);
    }
    for (List<ParameterOverride> list : byPath.values()) {
      list.sort(Comparator.comparing(ParameterOverride::from));
      for (int i = 1; i < list.size(); i++) {
        ParameterOverride a = list.get(i - 1);
        ParameterOverride b = list.get(i);
        if (a.from().equals(b.from())) {
          problems.add(0, b.path(), "", "override date " + b.from() + " is given twice");
        } else if (a.until().isEmpty() || a.until().get().isAfter(b.from())) {
          problems.add(0, b.path(), "", "override from " + a.from() + " to "
              + a.until().map(LocalDate::toString).orElse("(open-ended)") + " overlaps the override from "
              + b.from());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw ParameterException.located("Invalid overlay '" + overlay.name() + "'", problems.list());
    }
    Map<String, Parameter> result = new TreeMap<>(parameters);
    for (Map.Entry<String, List<ParameterOverride>> e : byPath.entrySet()) {
      result.put(e.getKey(), apply(parameters.get(e.getKey()), e.getValue(), overlay));
    }
    return new ParameterSet(ImmutableSortedMap.copyOf(result));
  }

  private static Parameter apply(Parameter base, List<ParameterOverride> overrides, ParameterOverlay overlay) {
    TreeMap<LocalDate, Optional<ParameterValue>> values = new TreeMap<>(base.values());
    TreeMap<LocalDate, Boolean> verified = new TreeMap<>(base.valueVerified());
    for (ParameterOverride o : overrides) {
      Optional<Map.Entry<LocalDate, Optional<ParameterValue>>> resume =
          o.until().map(u -> base.values().floorEntry(u));
      LocalDate end = o.until().orElse(LocalDate.MAX);
      values.subMap(o.from(), true, end, false).clear();
      verified.subMap(o.from(), true, end, false).clear();
      values.put(o.from(), o.value());
      verified.put(o.from(), false);
      if (o.until().isPresent() && !values.containsKey(o.until().get())) {
        // no base value before the until date (Optional.map turned the null floor entry into empty)
        Map.Entry<LocalDate, Optional<ParameterValue>> r = resume.orElse(null);
        values.put(o.until().get(), r == null ? Optional.empty() : r.getValue());
        verified.put(o.until().get(), r != null && base.verifiedOn(r.getKey()));
      }
    }
    String scenario = "Scenario overlay '" + overlay.name() + "'";
    return Parameter.builder()
        .from(base)
        .values(values)
        .valueVerified(verified)
        .addReferences(SourceReference.builder().title(scenario)
            .paragraph("overrides " + overrides.stream().map(ParameterOverride::toString)
                .collect(Collectors.joining("; ")))
            .build())
        .build();
  }

  /**
   * Equal when both hold the same parameters (paths, values and references).
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof ParameterSet)) {
      return false;
    }
    ParameterSet other = (ParameterSet) obj;
    return parameters.equals(other.parameters);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(parameters);
  }

  @Override
  public String toString() {
    return "ParameterSet" + parameters.keySet();
  }

}

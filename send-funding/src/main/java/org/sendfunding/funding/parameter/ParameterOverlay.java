package org.sendfunding.funding.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.InputText;
import org.sendfunding.model.input.NumberSyntax;
import org.sendfunding.model.input.Problems;

/**
 * A named set of parameter overrides: a scenario's changes to the rules.
 *
 * <pre>{@code
 * ParameterOverlay higherFloor = ParameterOverlay.builder()
 *     .name("higher floor")
 *     .override("highneeds.nff.floor", LocalDate.of(2025, 4, 1), ParameterValue.of(Percentage.of("10")))
 *     .build();
 * ParameterSet scenario = ParameterSet.defaults().withOverlay(higherFloor);
 * scenario.percentage("highneeds.nff.floor", FinancialYear.of(2025));   // 10%
 * }</pre>
 *
 * <p>An overlay is only checked against a parameter set when applied with {@link
 * ParameterSet#withOverlay(ParameterOverlay)}, which validates all of it before changing anything.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParameterOverlay {

  private static final ImmutableSet<String> TOP_KEYS =
      ImmutableSet.of("name", "description", "overrides");
  private static final ImmutableSet<String> OVERRIDE_KEYS =
      ImmutableSet.of("path", "from", "value", "until");

  ParameterOverlay() {}

  /** Starts a builder. @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParameterOverlay}. */
  public static final class Builder extends ImmutableParameterOverlay.Builder {
    Builder() {}

    /**
     * Adds an override from a date onwards.
     *
     * @param path the parameter's path
     * @param from the first date it applies
     * @param value the value
     * @return this builder
     */
    public Builder override(String path, LocalDate from, ParameterValue value) {
      addOverrides(ParameterOverride.of(path, from, Optional.of(value), Optional.empty()));
      return this;
    }

    /**
     * Adds an override for the dates {@code from} (inclusive) to {@code until} (exclusive).
     *
     * @param path the parameter's path
     * @param from the first date it applies
     * @param value the value
     * @param until the date the base value resumes
     * @return this builder
     */
    public Builder override(String path, LocalDate from, ParameterValue value, LocalDate until) {
      addOverrides(ParameterOverride.of(path, from, Optional.of(value), Optional.of(until)));
      return this;
    }

    /**
     * Ends a rule from a date.
     *
     * @param path the parameter's path
     * @param from the date the rule ends
     * @return this builder
     */
    public Builder end(String path, LocalDate from) {
      addOverrides(ParameterOverride.of(path, from, Optional.empty(), Optional.empty()));
      return this;
    }
  }

  /** The overlay's name, e.g. "higher floor". @return the name */
  public abstract String name();

  /** What the overlay changes and why. @return the description */
  @Value.Default
  public String description() {
    return "";
  }

  /** The overrides, in the order given. @return the overrides */
  public abstract ImmutableList<ParameterOverride> overrides();

  /**
   * Reads an overlay from a YAML scenario file, taking each value's unit from {@code base}.
   *
   * <pre>{@code
   * name: higher floor
   * description: floor of 10% from 2025-26
   * overrides:
   *   - path: highneeds.nff.floor
   *     from: 2025-04-01
   *     value: 10
   *     until: 2026-04-01     # optional
   * }</pre>
   *
   * <p>The file is read by {@link InputText}: strict UTF-8, a byte-order mark dropped, LF or CRLF;
   * values follow {@link NumberSyntax} (no exponent or hex; {@code "10,000"} for money), and each
   * problem names the file, line and key ({@code overrides[1].path}) with its value.
   *
   * @param file the file
   * @param base the parameters whose units the values must have
   * @return the overlay
   * @throws ParameterException (an {@link InputException}) listing every problem, with the file, line, entry and key
   */
  public static ParameterOverlay loadYaml(Path file, ParameterSet base) {
    String text;
    try {
      // strict UTF-8, a byte-order mark dropped, and a hostile file refused before it is read whole
      // (UTF-8 has at most four bytes a character)
      text = InputText.read(file, 4L * ParameterYaml.MAX_CHARACTERS);
    } catch (InputException e) {
      throw ParameterException.located("Cannot read overlay " + file, e.problems());
    }
    return loadYaml(file.toString(), text, base);
  }

  /**
   * Reads an overlay from YAML text; see {@link #loadYaml(Path, ParameterSet)}.
   *
   * @param sourceName the name used in error messages, e.g. a file name
   * @param yaml the YAML text
   * @param base the parameters whose units the values must have
   * @return the overlay
   * @throws ParameterException listing every problem
   */
  public static ParameterOverlay loadYaml(String sourceName, String yaml, ParameterSet base) {
    Problems problems = Problems.in(sourceName);
    JsonNode root = ParameterYaml.readTree(sourceName, yaml, problems);
    ParameterYaml.Where top = new ParameterYaml.Where(sourceName, "");
    Builder builder = builder();
    if (root != null) {
      if (!root.isObject()) {
        problems.addFile("expected a mapping with name, description, overrides");
      } else {
        ParameterYaml.rejectUnknownKeys(top, root, TOP_KEYS, yaml, problems);
        JsonNode name = root.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
          problems.add(top.problem(ParameterYaml.line(yaml, "name:"), "name", "", "missing or blank"));
        } else {
          builder.name(name.asText());
        }
        JsonNode description = root.get("description");
        if (description != null) {
          builder.description(description.asText());
        }
        JsonNode overrides = root.get("overrides");
        if (overrides == null || !overrides.isArray() || overrides.isEmpty()) {
          problems.add(top.problem(ParameterYaml.line(yaml, "overrides:"), "overrides", "", "must be a non-empty list"));
        } else {
          int index = 0;
          for (JsonNode o : overrides) {
            index++;
            readOverride(top.child("overrides[" + index + "]"), o, base, yaml, problems)
                .ifPresent(builder::addOverrides);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw ParameterException.located("Cannot load overlay " + sourceName, problems.list());
    }
    return builder.build();
  }

  private static Optional<ParameterOverride> readOverride(
      ParameterYaml.Where where, JsonNode o, ParameterSet base, String yaml, Problems problems) {
    if (!o.isObject()) {
      problems.add(where.problem(0, "", o.asText(), "expected a mapping with path, from, value, until"));
      return Optional.empty();
    }
    int before = problems.size();
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!OVERRIDE_KEYS.contains(key)) {
        problems.add(where.problem(ParameterYaml.line(yaml, key + ":"), key, "", "unknown key (allowed: " + OVERRIDE_KEYS + ")"));
      }
    }
    String path = o.hasNonNull("path") ? o.get("path").asText() : null;
    Optional<Parameter> parameter = Optional.empty();
    int pathLine = path == null ? 0 : ParameterYaml.line(yaml, "path: " + path);
    if (path == null) {
      problems.add(where.problem(0, "path", "", "missing"));
    } else if (!base.paths().contains(path)) {
      problems.add(where.problem(pathLine, "path", path, "unknown parameter path"));
    } else {
      parameter = Optional.of(base.parameter(path));
    }
    LocalDate from = readDate(where, "from", o, true, pathLine, problems);
    LocalDate until = readDate(where, "until", o, false, pathLine, problems);
    Optional<ParameterValue> value = Optional.empty();
    if (!o.has("value")) {
      problems.add(where.problem(pathLine, "value", "", "missing (write null to end the rule)"));
    } else if (!o.get("value").isNull() && parameter.isPresent()) {
      try {
        value = Optional.of(parameter.get().unit().parse(o.get("value").asText()));
      } catch (IllegalArgumentException e) {
        problems.add(where.problem(pathLine, "value", o.get("value").asText(), "for '" + path + "': " + e.getMessage()));
      }
    }
    if (from != null && until != null && !until.isAfter(from)) {
      problems.add(where.problem(pathLine, "until", until.toString(), "not after from " + from));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(ParameterOverride.of(path, from, value, Optional.ofNullable(until)));
  }

  private static LocalDate readDate(
      ParameterYaml.Where where, String key, JsonNode o, boolean required, int line, Problems problems) {
    JsonNode node = o.get(key);
    if (node == null || node.isNull()) {
      if (required) {
        problems.add(where.problem(line, key, "", "missing"));
      }
      return null;
    }
    try {
      return NumberSyntax.date(node.asText());
    } catch (IllegalArgumentException e) {
      problems.add(where.problem(line, key, node.asText(), NumberSyntax.DATE));
      return null;
    }
  }

  /** Every override's path and dates, for messages. @return a summary */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ParameterOverlay '" + name() + "'");
    for (ParameterOverride o : overrides()) {
      s.append("\n  ").append(o);
    }
    return s.toString();
  }

}

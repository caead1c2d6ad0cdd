package org.sendfunding.data.ees;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.NoSuchElementException;

/**
 * One row of an EES file: when, where, which subgroup, and its indicator values.
 *
 * <pre>{@code
 * row.timePeriod();               // "202425" (January 2025 for a caseload)
 * row.level();                    // LOCAL_AUTHORITY
 * row.areaCode();                 // "202" (the DfE code for an LA; region_code for a region)
 * row.filter("breakdown_topic");  // "All EHC plans"
 * row.indicator("ehcplans");      // 1607
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EesRow {

  private final String source;
  private final int line;
  private final String timePeriod;
  private final String timeIdentifier;
  private final GeographicLevel level;
  private final String regionCode;
  private final String regionName;
  private final String oldLaCode;
  private final String newLaCode;
  private final String laName;
  private final ImmutableMap<String, String> filters;
  private final ImmutableMap<String, EesValue> indicators;

  EesRow(String source, int line, String timePeriod, String timeIdentifier, GeographicLevel level,
      String regionCode, String regionName, String oldLaCode, String newLaCode, String laName,
      ImmutableMap<String, String> filters, ImmutableMap<String, EesValue> indicators) {
    this.source = source;
    this.line = line;
    this.timePeriod = timePeriod;
    this.timeIdentifier = timeIdentifier;
    this.level = level;
    this.regionCode = regionCode;
    this.regionName = regionName;
    this.oldLaCode = oldLaCode;
    this.newLaCode = newLaCode;
    this.laName = laName;
    this.filters = filters;
    this.indicators = indicators;
  }

  /** The file (or zip entry) the row came from. */
  public String source() {
    return source;
  }

  /** Its 1-based line in that file. */
  public int line() {
    return line;
  }

  /** {@code time_period} as published: {@code 2024} (a calendar year) or {@code 202425}. */
  public String timePeriod() {
    return timePeriod;
  }

  /** {@code time_identifier}: "Calendar year", "Academic year", ... */
  public String timeIdentifier() {
    return timeIdentifier;
  }

  /**
   * The calendar year a period ends in: {@code 2024} for {@code 2024}, {@code 2025} for
   * {@code 202425} (for SEN2, the January census of 2025).
   */
  public int endYear() {
    return timePeriod.length() == 4 ? Integer.parseInt(timePeriod)
        : Integer.parseInt(timePeriod.substring(0, 4)) + 1;
  }

  /** The geographic level. */
  public GeographicLevel level() {
    return level;
  }

  /** {@code region_code} ("" for England). */
  public String regionCode() {
    return regionCode;
  }

  /** {@code region_name} ("" for England). */
  public String regionName() {
    return regionName;
  }

  /** {@code old_la_code}: the DfE three-digit code ("" above LA level). */
  public String oldLaCode() {
    return oldLaCode;
  }

  /** {@code new_la_code}: the ONS code as DfE wrote it (possibly superseded; "" above LA level). */
  public String newLaCode() {
    return newLaCode;
  }

  /** {@code la_name} ("" above LA level). */
  public String laName() {
    return laName;
  }

  /**
   * The code that identifies the area within its level: "" for England, {@code region_code} for a
   * region, the DfE code for an LA (never the ONS code, which DfE's files do not keep stable).
   */
  public String areaCode() {
    switch (level) {
      case REGIONAL:
        return regionCode;
      case LOCAL_AUTHORITY:
        return oldLaCode;
      default:
        return "";
    }
  }

  /** Every filter value, by column. */
  public ImmutableMap<String, String> filters() {
    return filters;
  }

  /** A filter value. */
  public String filter(String column) {
    String v = filters.get(column);
    if (v == null) {
      throw new NoSuchElementException("no filter column '" + column + "' in " + source
          + " (it has " + filters.keySet() + ")");
    }
    return v;
  }

  /** An indicator value. */
  public EesValue indicator(String column) {
    EesValue v = indicators.get(column);
    if (v == null) {
      throw new NoSuchElementException("no indicator column '" + column + "' in " + source);
    }
    return v;
  }

  /** Every indicator value, by column, in file order. */
  public ImmutableMap<String, EesValue> indicators() {
    return indicators;
  }

  /** The key a row must not share with another in its file: period, level, area and filters. */
  ImmutableList<String> key() {
    return ImmutableList.<String>builder().add(timePeriod, timeIdentifier, level.label(), areaCode())
        .addAll(filters.values()).build();
  }

  @Override
  public String toString() {
    return source + " line " + line + ": " + timePeriod + " " + level.label() + " "
        + (areaCode().isEmpty() ? "England" : areaCode()) + " " + filters.values();
  }
}

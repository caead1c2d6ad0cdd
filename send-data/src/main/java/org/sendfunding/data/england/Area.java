package org.sendfunding.data.england;

import com.google.common.base.Preconditions;
import java.util.Objects;

/**
 * The area a published figure is for: England, an English region, or a local authority by its DfE
 * three-digit code (current or former: Dorset 835, Poole 836, Bournemouth 837, Northamptonshire 928,
 * Cumbria 909 appear in the years before they were replaced).
 *
 * <pre>{@code
 * Area.ENGLAND;            // England
 * Area.la(876);            // LA 876
 * Area.region("London");   // region London
 * }</pre>
 *
 * <p>Tables are joined on the DfE code, never on the ONS code (DfE's own files carry superseded ONS
 * codes for North Yorkshire, Somerset and Buckinghamshire) and never on the name. This class is
 * immutable and thread-safe.
 */
public final class Area implements Comparable<Area> {

  /** The three levels DfE's tables report. */
  public enum Level {
    /** England as a whole. */
    NATIONAL,
    /** An English region (ITL1). */
    REGIONAL,
    /** A local authority. */
    LOCAL_AUTHORITY
  }

  /** England. */
  public static final Area ENGLAND = new Area(Level.NATIONAL, 0, "England");

  private final Level level;
  private final int code;
  private final String name;

  private Area(Level level, int code, String name) {
    this.level = level;
    this.code = code;
    this.name = name;
  }

  /**
   * A local authority by DfE code.
   *
   * @param code the three-digit code, 100 to 999
   * @return the area
   */
  public static Area la(int code) {
    Preconditions.checkArgument(code >= 100 && code <= 999, "Area.la: %s is not a three-digit DfE LA code", code);
    return new Area(Level.LOCAL_AUTHORITY, code, "");
  }

  /** A region by the name DfE's tables use, e.g. {@code London}, {@code Yorkshire and The Humber}. */
  public static Area region(String name) {
    Preconditions.checkArgument(!name.isBlank(), "Area.region: the name is blank");
    return new Area(Level.REGIONAL, 0, name.trim());
  }

  /** The level. */
  public Level level() {
    return level;
  }

  /** The DfE code of an LA (0 for England and regions). */
  public int code() {
    return code;
  }

  /** The region's name ({@code England} for England, {@code ""} for an LA: names are not keys). */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(Area o) {
    int c = level.compareTo(o.level);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(code, o.code);
    return c != 0 ? c : name.compareTo(o.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Area && ((Area) o).level == level && ((Area) o).code == code && ((Area) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, code, name);
  }

  @Override
  public String toString() {
    switch (level) {
      case LOCAL_AUTHORITY:
        return "LA " + code;
      case REGIONAL:
        return "region " + name;
      default:
        return "England";
    }
  }
}

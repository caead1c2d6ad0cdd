package org.sendfunding.model.authority;

import java.util.Arrays;

/**
 * The nine English regions (ITL1) that local authorities are grouped into in DfE statistics.
 *
 * <p>{@code Region.fromName("Yorkshire and The Humber")} is {@link #YORKSHIRE_AND_THE_HUMBER}.
 */
public enum Region {
  NORTH_EAST("North East"),
  NORTH_WEST("North West"),
  YORKSHIRE_AND_THE_HUMBER("Yorkshire and The Humber"),
  EAST_MIDLANDS("East Midlands"),
  WEST_MIDLANDS("West Midlands"),
  EAST_OF_ENGLAND("East of England"),
  LONDON("London"),
  SOUTH_EAST("South East"),
  SOUTH_WEST("South West");

  private final String displayName;

  Region(String displayName) {
    this.displayName = displayName;
  }

  /** The region's name as DfE and ONS print it. */
  public String displayName() {
    return displayName;
  }

  /**
   * The region with the given printed name.
   *
   * @param name e.g. {@code "East of England"}
   * @return the region
   * @throws IllegalArgumentException listing the valid names if none matches
   */
  public static Region fromName(String name) {
    for (Region r : values()) {
      if (r.displayName.equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "Region: '" + name + "' is not one of " + Arrays.stream(values()).map(Region::displayName).toList());
  }

  @Override
  public String toString() {
    return displayName;
  }
}

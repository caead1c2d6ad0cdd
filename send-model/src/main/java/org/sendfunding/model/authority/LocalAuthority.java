package org.sendfunding.model.authority;

import com.google.common.base.Preconditions;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An English local authority (LA) with education duties: the body that assesses for EHC plans,
 * commissions places and top-ups, and holds the high-needs block of the Dedicated Schools Grant.
 *
 * <p>Identified by its DfE three-digit LA code (used in the school census, SEN2 and DSG tables) and its
 * ONS (GSS) area code. Camden is {@code LocalAuthority.of(202, "E09000007", "Camden", Region.LONDON)};
 * the full register is {@link LocalAuthorities#england()}.
 *
 * <p>Equality covers all four fields. This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class LocalAuthority implements Comparable<LocalAuthority> {

  private static final Pattern ONS_CODE = Pattern.compile("E(06|07|08|09|10)\\d{6}");

  LocalAuthority() {}

  /**
   * The DfE LA code, three digits from 201 upwards (202 is Camden).
   *
   * @return the DfE code
   */
  @Value.Parameter
  public abstract int code();

  /**
   * The ONS area code, e.g. {@code E09000007}: E06 unitary, E08 metropolitan district, E09 London
   * borough, E10 county.
   *
   * @return the ONS code
   */
  @Value.Parameter
  public abstract String onsCode();

  /**
   * The name as DfE statistics spell it.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The English region.
   *
   * @return the region
   */
  @Value.Parameter
  public abstract Region region();

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        code() >= 200 && code() <= 999, "LocalAuthority.code: %s is not a three-digit DfE LA code", code());
    Preconditions.checkArgument(
        ONS_CODE.matcher(onsCode()).matches(),
        "LocalAuthority.onsCode: '%s' is not an English LA ONS code like E09000007 (LA %s)",
        onsCode(),
        code());
    Preconditions.checkArgument(
        !name().isBlank(), "LocalAuthority.name: must not be blank (LA %s)", code());
  }

  /**
   * Creates a local authority.
   *
   * @param code DfE three-digit LA code
   * @param onsCode ONS area code
   * @param name name as DfE prints it
   * @param region English region
   * @return the local authority
   */
  public static LocalAuthority of(int code, String onsCode, String name, Region region) {
    return ImmutableLocalAuthority.of(code, onsCode, name, region);
  }

  /** Orders by DfE code. */
  @Override
  public int compareTo(LocalAuthority other) {
    return Integer.compare(code(), other.code());
  }

  @Override
  public String toString() {
    return name() + " (" + code() + ")";
  }
}

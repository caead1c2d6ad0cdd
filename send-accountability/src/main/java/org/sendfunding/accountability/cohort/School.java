package org.sendfunding.accountability.cohort;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.setting.SettingType;

/**
 * A school whose key stage 4 pupils are measured: its URN, name, local authority and type.
 *
 * <pre>{@code
 * School school = School.builder()
 *     .urn(100001).name("Riverside Academy")
 *     .localAuthority(LocalAuthorities.england().byCode(202))
 *     .type(SettingType.MAINSTREAM_ACADEMY)
 *     .build();
 * school.isSpecial();   // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class School implements Comparable<School> {

  School() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link School}. */
  public static final class Builder extends ImmutableSchool.Builder {
    Builder() {}
  }

  /** The unique reference number (URN) from Get Information about Schools, 100000 to 9999999. */
  public abstract int urn();

  /** The school's name. */
  public abstract String name();

  /** The LA the school is in; inclusion indicators compare the school with it. */
  public abstract LocalAuthority localAuthority();

  /** The kind of school. */
  public abstract SettingType type();

  /**
   * Whether this is a special school (maintained, academy, non-maintained or independent); resourced
   * provision and alternative provision are not.
   */
  public boolean isSpecial() {
    switch (type()) {
      case MAINTAINED_SPECIAL:
      case ACADEMY_SPECIAL:
      case NON_MAINTAINED_SPECIAL:
      case INDEPENDENT_SPECIAL:
        return true;
      default:
        return false;
    }
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(urn() >= 100000 && urn() <= 9999999,
        "School.urn: %s is outside 100000 to 9999999", urn());
    Preconditions.checkArgument(!name().isBlank(), "School.name: must not be blank (URN %s)", urn());
  }

  @Override
  public int compareTo(School other) {
    return Integer.compare(urn(), other.urn());
  }

  @Override
  public String toString() {
    return urn() + " " + name();
  }
}

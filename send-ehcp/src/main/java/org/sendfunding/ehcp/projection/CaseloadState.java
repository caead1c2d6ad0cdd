package org.sendfunding.ehcp.projection;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;

/**
 * Where a pupil with an EHC plan is in the projection's state space: national curriculum year (NCY),
 * primary need and setting type.
 *
 * <pre>{@code
 * CaseloadState.of(7, NeedType.ASD, SettingType.MAINSTREAM_ACADEMY);   // Year 7, autism, academy
 * }</pre>
 *
 * <p>NCY runs from {@value #MIN_NCY} (early years) to {@value #MAX_NCY} (age 24-25, the end of EHC plans);
 * reception is 0. Need type {@code NSA} is not allowed: a pupil with a plan has been assessed. This class
 * is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class CaseloadState {

  /** The lowest national curriculum year in the model (early years). */
  public static final int MIN_NCY = -5;
  /** The highest national curriculum year in the model (plans end by age 25). */
  public static final int MAX_NCY = 20;

  static final int NCYS = MAX_NCY - MIN_NCY + 1;
  static final NeedType[] NEEDS = NeedType.values();
  static final SettingType[] SETTINGS = SettingType.values();
  /** Need x setting combinations in one NCY. */
  static final int CELLS = NEEDS.length * SETTINGS.length;
  /** All states. */
  static final int STATES = NCYS * CELLS;

  CaseloadState() {}

  /**
   * A state.
   *
   * @param ncy national curriculum year, -5 to 20
   * @param need the primary need, not NSA
   * @param setting the setting type
   * @return the state
   */
  public static CaseloadState of(int ncy, NeedType need, SettingType setting) {
    return ImmutableCaseloadState.of(ncy, need, setting);
  }

  /** The national curriculum year. */
  @Value.Parameter
  public abstract int ncy();

  /** The primary need. */
  @Value.Parameter
  public abstract NeedType need();

  /** The setting type. */
  @Value.Parameter
  public abstract SettingType setting();

  @Value.Check
  void check() {
    Preconditions.checkArgument(
        ncy() >= MIN_NCY && ncy() <= MAX_NCY, "CaseloadState.ncy: %s is outside %s to %s", ncy(), MIN_NCY, MAX_NCY);
    Preconditions.checkArgument(
        need() != NeedType.NSA, "CaseloadState.need: NSA (no specialist assessment) cannot be the need of a plan");
  }

  /** The index of this state in count arrays. */
  int index() {
    return index(ncy(), need().ordinal(), setting().ordinal());
  }

  static int index(int ncy, int need, int setting) {
    return (ncy - MIN_NCY) * CELLS + cell(need, setting);
  }

  static int cell(int need, int setting) {
    return setting * NEEDS.length + need;
  }

  static CaseloadState fromIndex(int index) {
    int ncy = index / CELLS + MIN_NCY;
    int cell = index % CELLS;
    return of(ncy, NEEDS[cell % NEEDS.length], SETTINGS[cell / NEEDS.length]);
  }

  @Override
  public String toString() {
    return "NCY " + ncy() + " " + need().censusCode() + " " + setting().name();
  }
}

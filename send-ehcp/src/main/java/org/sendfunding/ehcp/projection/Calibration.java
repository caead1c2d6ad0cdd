package org.sendfunding.ehcp.projection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;

/**
 * What {@link CaseloadCalibrator} estimated for one LA from its published tables: the transition model
 * the projectors run, the rates behind it, and notes saying where the LA's own figures were too few and
 * which pooling stood in.
 *
 * <pre>{@code
 * Calibration c = CaseloadCalibrator.DEFAULT.calibrate(tables, 202, 2025);
 * c.leaverRates().get(19);       // the share of 19-year-olds' plans that cease within a year
 * c.sufficientData();            // false if any part leaned mostly on the region or England
 * DemandProjection p = LockstepProjector.DEFAULT.project(c.model(), ProjectionSettings.of(10, 1000, 42L));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Calibration {

  Calibration() {}

  static ImmutableCalibration.Builder builder() {
    return ImmutableCalibration.builder();
  }

  /** The LA. */
  public abstract LocalAuthority localAuthority();

  /** The January the projection starts from. */
  public abstract int baseYear();

  /** The model, ready for {@link LockstepProjector}, {@link DemandProjector} or {@link MomentProjector}. */
  public abstract TransitionModel model();

  /** The January caseload by age, 0 to 25, the model starts from. */
  public abstract ImmutableList<Integer> baselineByAge();

  /** The probability that a plan held at each age (0 to 25) in January has ceased by the next January. */
  public abstract ImmutableList<Double> leaverRates();

  /** New plans expected a year. */
  public abstract double joinersPerYear();

  /** The share of new plans at each age, 0 to 25. */
  public abstract ImmutableList<Double> joinerAgeShares();

  /** The share of each primary need (the same at every age and setting). */
  public abstract ImmutableMap<NeedType, Double> needShares();

  /** The share of each setting at each age, 0 to 25. */
  public abstract ImmutableList<ImmutableMap<SettingType, Double>> settingSharesByAge();

  /** The group whose pooled rates the small-count rule shrinks towards: a region's name or "England". */
  public abstract String pooledTowards();

  /**
   * Whether the LA's own figures carried at least half the weight of every estimate (leaving, joining by
   * age, need mix) and no table had to be borrowed from another year or group.
   */
  public abstract boolean sufficientData();

  /** One line per estimate saying what it rests on, and per table borrowed or pooled. */
  public abstract ImmutableList<String> notes();

  /** The estimates and notes as text. */
  public String toText() {
    StringBuilder out = new StringBuilder(String.format(Locale.UK,
        "Calibration for %s (%d), January %d: %d plans, %.0f new plans a year; pooled towards %s%s%n",
        localAuthority().name(), localAuthority().code(), baseYear(),
        baselineByAge().stream().mapToInt(Integer::intValue).sum(), joinersPerYear(), pooledTowards(),
        sufficientData() ? "" : "; TOO LITTLE DATA OF ITS OWN for some estimates (see notes)"));
    out.append("  age: plans, leaving rate, share of new plans\n");
    for (int a = 0; a < baselineByAge().size(); a++) {
      out.append(String.format(Locale.UK, "  %2d: %5d  %.3f  %.3f%n", a, baselineByAge().get(a), leaverRates().get(a),
          joinerAgeShares().get(a)));
    }
    for (String n : notes()) {
      out.append("  note: ").append(n).append('\n');
    }
    return out.toString();
  }
}

package org.sendfunding.ehcp.projection;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.IntStream;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.setting.SettingType;

/**
 * Every Monte Carlo run's caseload by setting in every projected January, from {@link LockstepProjector}:
 * what a cost projection needs to carry the runs' spread into money (a percentile of spend is not the
 * spend of the percentile caseloads).
 *
 * <pre>{@code
 * SettingRuns r = SettingRuns.project(calibration.model(), ProjectionSettings.of(5, 1000, 42L));
 * r.years();                                          // [2026, 2027, 2028, 2029, 2030]: Januaries
 * r.count(2027, SettingType.INDEPENDENT_SPECIAL, 0);  // run 0's plans in independent special schools
 * }</pre>
 *
 * <p>The counts are exactly those {@link LockstepProjector#project} summarises for the same model and
 * settings (same seed, same runs), so medians agree with its {@link DemandProjection}. This class is
 * immutable and thread-safe.
 */
public final class SettingRuns {

  private static final SettingType[] SETTINGS = SettingType.values();

  private final Optional<LocalAuthority> la;
  private final int baseYear;
  private final int years;
  private final int runs;
  /** Entry {@code ((y * settings) + s) * runs + r}. */
  private final int[] counts;

  private SettingRuns(Optional<LocalAuthority> la, int baseYear, int years, int runs, int[] counts) {
    this.la = la;
    this.baseYear = baseYear;
    this.years = years;
    this.runs = runs;
    this.counts = counts;
  }

  /**
   * Projects a model and keeps every run's counts by setting.
   *
   * @param model the model
   * @param settings years, runs and seed
   * @return the runs
   */
  public static SettingRuns project(TransitionModel model, ProjectionSettings settings) {
    int[] cells = LockstepProjector.counts(model, settings);
    int runs = settings.runs();
    int needs = CaseloadState.NEEDS.length;
    int[] out = new int[settings.years() * SETTINGS.length * runs];
    for (int y = 0; y < settings.years(); y++) {
      for (int cell = 0; cell < CaseloadState.CELLS; cell++) {
        int s = cell / needs;
        int from = (y * CaseloadState.CELLS + cell) * runs;
        int to = (y * SETTINGS.length + s) * runs;
        for (int r = 0; r < runs; r++) {
          out[to + r] += cells[from + r];
        }
      }
    }
    return new SettingRuns(model.localAuthority(), model.baseYear(), settings.years(), runs, out);
  }

  /** The LA, if the model names one. */
  public Optional<LocalAuthority> localAuthority() {
    return la;
  }

  /** The January projected from. */
  public int baseYear() {
    return baseYear;
  }

  /** The projected Januaries, in order. */
  public ImmutableList<Integer> years() {
    return IntStream.rangeClosed(baseYear + 1, baseYear + years).boxed().collect(ImmutableList.toImmutableList());
  }

  /** The number of runs. */
  public int runs() {
    return runs;
  }

  /**
   * One run's plans in one setting in one January.
   *
   * @param january a projected January
   * @param setting the setting
   * @param run the run, 0 to {@code runs() - 1}
   * @return the count
   */
  public int count(int january, SettingType setting, int run) {
    int y = january - baseYear - 1;
    Preconditions.checkArgument(y >= 0 && y < years, "SettingRuns.january: %s, not one of %s", january, years());
    Preconditions.checkElementIndex(run, runs, "SettingRuns.run");
    return counts[(y * SETTINGS.length + setting.ordinal()) * runs + run];
  }

  /** One run's plans in all settings in one January. */
  public int total(int january, int run) {
    int sum = 0;
    for (SettingType s : SETTINGS) {
      sum += count(january, s, run);
    }
    return sum;
  }
}

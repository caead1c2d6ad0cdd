package org.sendfunding.ehcp.projection;

import com.google.common.base.Preconditions;
import java.util.Arrays;
import java.util.Optional;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * The raw counts of a contiguous block of a projection's Monte Carlo runs, before they are summarised:
 * for each run of the block, the projected pupils of every year and (setting, need) cell. Made by
 * {@link DemandProjector#runs}, so that the runs of one projection can be computed in separate places
 * (threads, processes, the tasks of a Spark job) and summarised together by {@link
 * DemandProjector#summarise} into exactly the projection {@link DemandProjector#project} gives.
 *
 * <pre>{@code
 * ProjectionSettings s = ProjectionSettings.of(10, 1000, 42L);
 * ProjectionRuns first = DemandProjector.DEFAULT.runs(model, s, 0, 500);
 * ProjectionRuns second = DemandProjector.DEFAULT.runs(model, s, 500, 1000);
 * DemandProjector.DEFAULT.summarise(List.of(first, second));   // equals DemandProjector.DEFAULT.project(model, s)
 * }</pre>
 *
 * <p>A run's counts are {@link #cellsPerRun()} ints, year-major: year {@code y} (from 0, the year after
 * the base year), cell {@code c}, at {@code y * cells() + c}; the cell order is that of the
 * projection's states (settings, then needs, as {@link CaseloadState} orders them). This class is
 * immutable and thread-safe.
 */
public final class ProjectionRuns {

  private final Optional<LocalAuthority> localAuthority;
  private final int baseYear;
  private final ProjectionSettings settings;
  private final int fromRun;
  private final int toRun;
  private final int[] counts;

  ProjectionRuns(Optional<LocalAuthority> localAuthority, int baseYear, ProjectionSettings settings, int fromRun,
      int toRun, int[] counts) {
    this.localAuthority = localAuthority;
    this.baseYear = baseYear;
    this.settings = settings;
    this.fromRun = fromRun;
    this.toRun = toRun;
    this.counts = counts;
  }

  /**
   * Rebuilds a block from its parts, e.g. read back from another process.
   *
   * @param localAuthority the model's LA
   * @param baseYear the model's base year
   * @param settings the projection's settings
   * @param fromRun the block's first run
   * @param runs each run's counts, {@link #cellsPerRun()} each
   * @return the block
   * @throws IllegalArgumentException if the block is outside the settings' runs, a run has the wrong
   *     number of counts or a count is negative
   */
  public static ProjectionRuns of(Optional<LocalAuthority> localAuthority, int baseYear, ProjectionSettings settings,
      int fromRun, int[][] runs) {
    int width = settings.years() * CaseloadState.CELLS;
    Preconditions.checkArgument(fromRun >= 0 && fromRun + runs.length <= settings.runs(),
        "ProjectionRuns: runs %s to %s are outside the %s runs of the settings", fromRun, fromRun + runs.length,
        settings.runs());
    int[] counts = new int[runs.length * width];
    for (int r = 0; r < runs.length; r++) {
      Preconditions.checkArgument(runs[r].length == width, "ProjectionRuns: run %s has %s counts, expected %s",
          fromRun + r, runs[r].length, width);
      for (int v : runs[r]) {
        Preconditions.checkArgument(v >= 0, "ProjectionRuns: run %s has a negative count %s", fromRun + r, v);
      }
      System.arraycopy(runs[r], 0, counts, r * width, width);
    }
    return new ProjectionRuns(localAuthority, baseYear, settings, fromRun, fromRun + runs.length, counts);
  }

  /** The model's LA. @return the LA */
  public Optional<LocalAuthority> localAuthority() {
    return localAuthority;
  }

  /** The model's base year. @return the year */
  public int baseYear() {
    return baseYear;
  }

  /** The projection's settings. @return the settings */
  public ProjectionSettings settings() {
    return settings;
  }

  /** The block's first run. @return the run index */
  public int fromRun() {
    return fromRun;
  }

  /** One past the block's last run. @return the run index */
  public int toRun() {
    return toRun;
  }

  /** The number of (setting, need) cells a year. @return the count */
  public static int cells() {
    return CaseloadState.CELLS;
  }

  /** Counts per run: years × cells. @return the count */
  public int cellsPerRun() {
    return settings.years() * CaseloadState.CELLS;
  }

  /**
   * One run's counts.
   *
   * @param run the run's index, in {@code [fromRun, toRun)}
   * @return a copy of its counts
   */
  public int[] run(int run) {
    Preconditions.checkElementIndex(run - fromRun, toRun - fromRun, "ProjectionRuns.run");
    int width = cellsPerRun();
    return Arrays.copyOfRange(counts, (run - fromRun) * width, (run - fromRun + 1) * width);
  }

  /** The counts, for the projector. */
  int[] counts() {
    return counts;
  }

  @Override
  public String toString() {
    return "ProjectionRuns[" + localAuthority.map(LocalAuthority::name).orElse("no LA") + ", base " + baseYear
        + ", runs " + fromRun + "-" + toRun + " of " + settings.runs() + "]";
  }
}

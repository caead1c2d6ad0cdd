package org.sendfunding.ehcp.projection;

import org.immutables.value.Value;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;

/**
 * The projected number of pupils with an EHC plan in one year, setting type and need, as an interval.
 *
 * <pre>{@code
 * ProjectedCount c = projection.cells().get(0);
 * c.year(); c.setting(); c.need(); c.count().median();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ProjectedCount {

  ProjectedCount() {}

  /**
   * A projected count.
   *
   * @param year the calendar (January census) year
   * @param setting the setting type
   * @param need the primary need
   * @param count the interval over runs
   * @return the count
   */
  public static ProjectedCount of(int year, SettingType setting, NeedType need, CountInterval count) {
    return ImmutableProjectedCount.of(year, setting, need, count);
  }

  /** The year. */
  @Value.Parameter
  public abstract int year();

  /** The setting type. */
  @Value.Parameter
  public abstract SettingType setting();

  /** The primary need. */
  @Value.Parameter
  public abstract NeedType need();

  /** The count over runs. */
  @Value.Parameter
  public abstract CountInterval count();

  @Override
  public String toString() {
    return year() + " " + setting() + " " + need() + ": " + count();
  }
}

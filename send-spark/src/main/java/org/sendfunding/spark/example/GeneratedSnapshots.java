package org.sendfunding.spark.example;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.spark.projection.ProjectionSchemas;

/**
 * ILLUSTRATIVE pupil-level EHC plan snapshots of one LA for two consecutive January censuses, seeded:
 * about 89% of pupils stay and move up a year, 3% also change setting, the rest leave, and joiners are
 * 14% of the caseload; needs and settings are drawn with roughly the national shares (ASD most common).
 * Round figures chosen to exercise the projector, not estimates.
 *
 * <pre>{@code
 * List<Row> rows = GeneratedSnapshots.rows(202, 2024, 1_500, 7L);   // Camden, 2024 and 2025
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class GeneratedSnapshots {

  private static final NeedType[] NEEDS = java.util.Arrays.copyOf(NeedType.values(), 12);
  private static final double[] NEED_WEIGHTS = {3, 8, 6, 1, 15, 20, 35, 1, 1, 0.5, 3, 2};
  private static final SettingType[] SETTINGS = {
      SettingType.MAINSTREAM_MAINTAINED, SettingType.MAINSTREAM_ACADEMY, SettingType.RESOURCED_PROVISION,
      SettingType.MAINTAINED_SPECIAL, SettingType.ACADEMY_SPECIAL, SettingType.INDEPENDENT_SPECIAL,
      SettingType.NON_MAINTAINED_SPECIAL, SettingType.POST_16_FE, SettingType.ALTERNATIVE_PROVISION};
  private static final double[] SETTING_WEIGHTS = {20, 20, 4, 18, 14, 8, 2, 12, 2};

  private GeneratedSnapshots() {}

  /**
   * Two snapshots of an LA.
   *
   * @param laCode the LA's DfE code
   * @param firstYear the first census year (the second is the next)
   * @param size pupils in the first snapshot
   * @param seed the seed
   * @return rows of {@link ProjectionSchemas#SNAPSHOTS}
   */
  public static List<Row> rows(int laCode, int firstYear, int size, long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ laCode);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int ncy = r.nextInt(0, 15);
      String need = NEEDS[pick(r, NEED_WEIGHTS)].name();
      String setting = SETTINGS[pick(r, SETTING_WEIGHTS)].name();
      rows.add(RowFactory.create(laCode, firstYear, "P" + i, ncy, need, setting));
      double u = r.nextDouble();
      if (u < 0.89) {
        rows.add(RowFactory.create(laCode, firstYear + 1, "P" + i, ncy + 1, need, setting));
      } else if (u < 0.92) {
        rows.add(RowFactory.create(laCode, firstYear + 1, "P" + i, ncy + 1, need, SETTINGS[pick(r, SETTING_WEIGHTS)].name()));
      }
    }
    for (int j = 0; j < size * 14 / 100; j++) {
      rows.add(RowFactory.create(laCode, firstYear + 1, "J" + j, r.nextInt(0, 15), NEEDS[pick(r, NEED_WEIGHTS)].name(),
          SETTINGS[pick(r, SETTING_WEIGHTS)].name()));
    }
    return rows;
  }

  private static int pick(SplittableRandom r, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}

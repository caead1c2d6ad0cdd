package org.sendfunding.spark.example;

import com.google.common.collect.ImmutableList;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.spark.placeplus.PlacePlusSchemas;

/**
 * ILLUSTRATIVE pupil-level data for {@link org.sendfunding.spark.placeplus.SparkPlacePlus}: every row
 * is a pure function of its index, so Spark can generate any number of rows in parallel
 * ({@code spark.range(n).map(...)}) and a test or a single JVM can generate exactly the same rows in a
 * loop. The shape is England's, the figures are not: pupil {@code i} attends school {@code i % schools}
 * (school {@code s} belongs to the {@code s % 153}-th LA of the register); 82% are in mainstream
 * schools, of whom 18% have SEN with a provision cost of £500–£25,000; the rest are in resourced
 * provision, special schools, AP, FE and early years with costs and fees in their usual ranges; top-ups
 * are costed, Shropshire bands ({@code GSP-*}, {@code EHCP-*}), agreed or none.
 *
 * <pre>{@code
 * Dataset<Row> pupils = GeneratedPupils.pupils(spark, 9_000_000, 20_000);   // PlacePlusSchemas.PUPILS
 * Row p = GeneratedPupils.pupil(17, 20_000);                                // the same row as pupils' 18th
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class GeneratedPupils {

  private static final ImmutableList<LocalAuthority> LAS = LocalAuthorities.england().all();
  private static final String[] BANDS = {"GSP-0.5", "GSP-1", "GSP-1.5", "GSP-2", "EHCP-1", "EHCP-2", "EHCP-3", "EHCP-4"};
  private static final NeedType[] NEEDS = NeedType.values();

  private GeneratedPupils() {}

  /**
   * The pupils, generated on the executors.
   *
   * @param spark the session
   * @param pupils the number of pupils
   * @param schools the number of mainstream schools they attend
   * @return rows of {@link PlacePlusSchemas#PUPILS}
   */
  public static Dataset<Row> pupils(SparkSession spark, long pupils, int schools) {
    return spark.range(pupils).map((MapFunction<Long, Row>) i -> pupil(i, schools), Encoders.row(PlacePlusSchemas.PUPILS));
  }

  /**
   * The schools with their notional SEN budgets.
   *
   * @param spark the session
   * @param schools the number of schools
   * @return rows of {@link PlacePlusSchemas#SCHOOLS}
   */
  public static Dataset<Row> schools(SparkSession spark, int schools) {
    return spark.range(schools).map((MapFunction<Long, Row>) s -> school(s.intValue()), Encoders.row(PlacePlusSchemas.SCHOOLS));
  }

  /**
   * School {@code s}: URN {@code 100000 + s}, its LA, and a notional SEN budget of £20,000–£200,000.
   *
   * @param s the school's index
   * @return a row of {@link PlacePlusSchemas#SCHOOLS}
   */
  public static Row school(int s) {
    SplittableRandom r = new SplittableRandom(0x5C400L ^ s);
    return RowFactory.create(urn(s), LAS.get(s % LAS.size()).code(), r.nextLong(2_000_000, 20_000_001));
  }

  /**
   * Pupil {@code i}.
   *
   * @param i the pupil's index
   * @param schools the number of mainstream schools
   * @return a row of {@link PlacePlusSchemas#PUPILS}
   */
  public static Row pupil(long i, int schools) {
    SplittableRandom r = new SplittableRandom(i * 0x9E3779B97F4A7C15L + 0x5E4DL);
    int school = (int) (i % schools);
    int la = LAS.get(school % LAS.size()).code();
    String phase = school % 3 == 0 ? "SECONDARY" : "PRIMARY";
    String id = "P" + i;
    int u = r.nextInt(1000);
    if (u < 820) {
      String setting = school % 2 == 0 ? "MAINSTREAM_MAINTAINED" : "MAINSTREAM_ACADEMY";
      long basic = r.nextLong(400_000, 700_001);
      if (r.nextInt(100) >= 18) {
        return row(id, la, urn(school), setting, phase, null, basic, 0L, "NONE", null, null, null, null);
      }
      long cost = r.nextLong(50_000, 2_500_001);
      String need = NEEDS[r.nextInt(NEEDS.length)].name();
      int b = r.nextInt(100);
      if (b < 40) {
        return row(id, la, urn(school), setting, phase, need, basic, cost,
            cost <= 600_000 ? "NONE" : "COST_ABOVE_BASE", null, null, null, null);
      }
      if (b < 80) {
        return row(id, la, urn(school), setting, phase, need, basic, cost, "COST_ABOVE_BASE", null, null, null, null);
      }
      if (b < 95) {
        return row(id, la, urn(school), setting, phase, need, basic, cost, "BAND", BANDS[r.nextInt(BANDS.length)],
            null, null, null);
      }
      return row(id, la, urn(school), setting, phase, need, basic, cost, "AGREED_AMOUNT", null,
          r.nextLong(0, 1_000_001), null, null);
    }
    String need = NEEDS[r.nextInt(NEEDS.length - 1)].name();
    long cost = r.nextLong(1_000_000, 6_000_001);
    if (u < 860) {
      boolean onRoll = r.nextInt(10) != 0;
      return row(id, la, urn(school), "RESOURCED_PROVISION", phase, need, onRoll ? r.nextLong(400_000, 700_001) : null,
          cost, "COST_ABOVE_BASE", null, null, null, onRoll);
    }
    if (u < 930) {
      return row(id, la, null, "MAINTAINED_SPECIAL", phase, need, null, cost, "COST_ABOVE_BASE", null, null, null, null);
    }
    if (u < 960) {
      return row(id, la, null, "ACADEMY_SPECIAL", phase, need, null, cost, "COST_ABOVE_BASE", null, null, null, null);
    }
    if (u < 975) {
      return row(id, la, null, "NON_MAINTAINED_SPECIAL", phase, need, null, cost, "COST_ABOVE_BASE", null, null, null, null);
    }
    if (u < 985) {
      return row(id, la, null, "INDEPENDENT_SPECIAL", phase, need, null, cost, "NONE", null, null,
          r.nextLong(3_000_000, 10_000_001), null);
    }
    if (u < 993) {
      return row(id, la, null, "ALTERNATIVE_PROVISION", phase, need, null, cost, "AGREED_AMOUNT", null,
          r.nextLong(0, 2_000_001), null, null);
    }
    if (u < 997) {
      return row(id, la, null, "POST_16_FE", null, need, r.nextLong(400_000, 700_001), cost / 4, "COST_ABOVE_BASE",
          null, null, null, null);
    }
    return row(id, la, null, "EARLY_YEARS", "EARLY_YEARS", need, r.nextLong(100_000, 300_001), cost / 4,
        "COST_ABOVE_BASE", null, null, null, null);
  }

  private static String urn(int school) {
    return String.valueOf(100_000 + school);
  }

  private static Row row(String id, int la, String urn, String setting, String phase, String need, Long basic, Long cost,
      String basis, String band, Long agreed, Long fee, Boolean onRoll) {
    return RowFactory.create(id, la, urn, setting, phase, need, basic, cost, basis, band, agreed, fee, onRoll);
  }
}

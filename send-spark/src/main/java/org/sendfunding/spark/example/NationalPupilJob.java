package org.sendfunding.spark.example;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.placeplus.LocalBanding;
import org.sendfunding.funding.placeplus.PlacePlus;
import org.sendfunding.funding.placeplus.PlacePlusRates;
import org.sendfunding.funding.placeplus.PupilFunding;
import org.sendfunding.funding.placeplus.PupilPlacement;
import org.sendfunding.funding.placeplus.SchoolFundingGap;
import org.sendfunding.funding.placeplus.TopUpBasis;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;
import org.sendfunding.spark.placeplus.PlacePlusOutputs;
import org.sendfunding.spark.placeplus.SparkPlacePlus;

/**
 * The example job: place-plus funding and notional-SEN gaps of a national pupil-level file, on Spark,
 * and the same computation in one JVM for comparison. Three commands:
 *
 * <pre>
 * generate DIR [--pupils N] [--schools S]        write DIR/pupils.parquet and DIR/schools.parquet (ILLUSTRATIVE, GeneratedPupils)
 * spark DIR OUT [--year 2025-26] [--banding B]    fund every pupil of DIR on Spark, write OUT/pupil-funding.parquet,
 *                                                 OUT/school-gaps.parquet, OUT/la-totals.csv and OUT/errors.csv
 * jvm N S [--year 2025-26] [--banding B]          the same engines on the same N pupils and S schools in this JVM
 * </pre>
 *
 * <p>Every command prints what it timed. {@code spark} reads its session's master from spark-submit (or
 * {@code -Dspark.master=local[2]} when run with {@code java}). A worked run is in send-spark/README.md.
 * Not a published API.
 */
public final class NationalPupilJob {

  private NationalPupilJob() {}

  /**
   * Runs a command.
   *
   * @param args the command and its arguments
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: generate DIR [--pupils N] [--schools S] | spark DIR OUT [--year Y] [--banding B]"
          + " | jvm N S [--year Y] [--banding B]");
      System.exit(2);
    }
    Map<String, String> opt = options(args);
    FinancialYear year = FinancialYear.parse(opt.getOrDefault("--year", "2025-26"));
    String banding = opt.getOrDefault("--banding", "shropshire");
    switch (args[0]) {
      case "generate":
        generate(args[1], Long.parseLong(opt.getOrDefault("--pupils", "9000000")),
            Integer.parseInt(opt.getOrDefault("--schools", "20000")));
        break;
      case "spark":
        spark(args[1], args[2], year, banding);
        break;
      case "jvm":
        jvm(Long.parseLong(args[1]), Integer.parseInt(args[2]), year, banding);
        break;
      default:
        throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].startsWith("--")) {
        m.put(args[i], args[i + 1]);
      }
    }
    return m;
  }

  /** Whether this job started its session (and so stops it), rather than joining one already running. */
  private static boolean owned;

  private static SparkSession session() {
    owned = SparkSession.getDefaultSession().isEmpty();
    return SparkSession.builder().appName("send-spark national pupil job").getOrCreate();
  }

  private static void stop(SparkSession spark) {
    if (owned) {
      spark.stop();
    }
  }

  private static void generate(String dir, long pupils, int schools) {
    SparkSession spark = session();
    long t0 = System.nanoTime();
    GeneratedPupils.pupils(spark, pupils, schools).write().mode(SaveMode.Overwrite).parquet(dir + "/pupils.parquet");
    GeneratedPupils.schools(spark, schools).coalesce(1).write().mode(SaveMode.Overwrite).parquet(dir + "/schools.parquet");
    System.out.printf(Locale.ROOT, "generated %,d pupils and %,d schools in %.1f s%n", pupils, schools, seconds(t0));
    stop(spark);
  }

  private static void spark(String dir, String out, FinancialYear year, String banding) throws Exception {
    SparkSession spark = session();
    long t0 = System.nanoTime();
    Dataset<Row> pupils = spark.read().parquet(dir + "/pupils.parquet");
    Dataset<Row> schools = spark.read().parquet(dir + "/schools.parquet");
    long rows = pupils.javaRDD().count();
    double read = seconds(t0);
    System.out.printf(Locale.ROOT, "read and decoded %,d pupil rows: %.1f s%n", rows, read);

    long t1 = System.nanoTime();
    PlacePlusOutputs result = SparkPlacePlus.of(year).withExampleBanding(banding).run(pupils, schools);
    result.tagged().persist(StorageLevel.MEMORY_AND_DISK());
    result.pupils().write().mode(SaveMode.Overwrite).parquet(out + "/pupil-funding.parquet");
    double funded = seconds(t1);
    System.out.printf(Locale.ROOT, "funded every pupil and wrote pupil-funding.parquet: %.1f s%n", funded);

    long t2 = System.nanoTime();
    result.schools().write().mode(SaveMode.Overwrite).parquet(out + "/school-gaps.parquet");
    List<Row> las = result.localAuthorities().orderBy("la_code").collectAsList();
    List<Row> errors = result.errors().limit(1000).collectAsList();
    double schoolsAndLas = seconds(t2);
    System.out.printf(Locale.ROOT, "school gaps, LA totals and errors: %.1f s%n", schoolsAndLas);
    Files.createDirectories(Path.of(out));
    StringBuilder csv = new StringBuilder(String.join(",", las.isEmpty() ? new String[0] : las.get(0).schema().fieldNames()))
        .append('\n');
    long pupilsTotal = 0;
    long total = 0;
    long gap = 0;
    for (Row r : las) {
      for (int i = 0; i < r.size(); i++) {
        csv.append(i == 0 ? "" : ",").append(r.get(i));
      }
      csv.append('\n');
      pupilsTotal += r.getLong(1);
      total = Math.addExact(total, r.getLong(7));
      gap = Math.addExact(gap, r.getLong(10));
    }
    Files.writeString(Path.of(out, "la-totals.csv"), csv);
    StringBuilder err = new StringBuilder("dataset,record,column,value,reason\n");
    errors.forEach(e -> err.append(e.mkString(",")).append('\n'));
    Files.writeString(Path.of(out, "errors.csv"), err);
    System.out.printf(Locale.ROOT, "%,d LAs, %,d pupils funded, total place-plus funding %s, schools' net gap %s,"
        + " %d errors%n", las.size(), pupilsTotal, Money.ofPence(total), Money.ofPence(gap), errors.size());
    System.out.printf(Locale.ROOT, "spark total: %.1f s%n", seconds(t0));
    result.tagged().unpersist();
    stop(spark);
  }

  /** The same engines on the same generated pupils in one JVM, over the common fork-join pool. */
  private static void jvm(long pupils, int schools, FinancialYear year, String banding) {
    PlacePlusRates rates = PlacePlusRates.resolve(ParameterSet.defaults(), year);
    LocalBanding bands = LocalBanding.example(banding);
    long t0 = System.nanoTime();
    int chunks = (int) ((pupils + 99_999) / 100_000);
    List<Partial> parts = IntStream.range(0, chunks).parallel().mapToObj(c -> {
      Partial p = new Partial();
      for (long i = c * 100_000L; i < Math.min(pupils, (c + 1) * 100_000L); i++) {
        Row r = GeneratedPupils.pupil(i, schools);
        PupilPlacement placement = placement(r);
        PupilFunding f = PlacePlus.DEFAULT.fund(placement, rates, bands);
        long[] s = p.byLa.computeIfAbsent(r.getInt(1), k -> new long[3]);
        s[0]++;
        s[1] = Math.addExact(s[1], f.total().pence());
        s[2] = Math.addExact(s[2], f.highNeedsCost().pence());
        SettingType t = placement.settingType();
        if (r.get(5) != null && (t == SettingType.MAINSTREAM_MAINTAINED || t == SettingType.MAINSTREAM_ACADEMY)) {
          p.bySchool.computeIfAbsent(Integer.parseInt(r.getString(2)) - 100_000, k -> new ArrayList<>()).add(placement);
        }
      }
      return p;
    }).collect(java.util.stream.Collectors.toList());
    double funded = seconds(t0);
    long t1 = System.nanoTime();
    Map<Integer, long[]> byLa = new TreeMap<>();
    Map<Integer, List<PupilPlacement>> bySchool = new HashMap<>();
    for (Partial p : parts) {
      p.byLa.forEach((la, s) -> {
        long[] a = byLa.computeIfAbsent(la, k -> new long[4]);
        for (int i = 0; i < 3; i++) {
          a[i] = Math.addExact(a[i], s[i]);
        }
      });
      p.bySchool.forEach((s, l) -> bySchool.computeIfAbsent(s, k -> new ArrayList<>()).addAll(l));
    }
    long gap = IntStream.range(0, schools).parallel().mapToLong(s -> {
      Row school = GeneratedPupils.school(s);
      return SchoolFundingGap.compute(school.getString(0), Money.ofPence(school.getLong(2)),
          bySchool.getOrDefault(s, List.of()), rates, bands).gap().pence();
    }).reduce(0, Math::addExact);
    double gaps = seconds(t1);
    long total = byLa.values().stream().mapToLong(a -> a[1]).reduce(0, Math::addExact);
    long count = byLa.values().stream().mapToLong(a -> a[0]).sum();
    System.out.printf(Locale.ROOT, "in-JVM: generated and funded %,d pupils: %.1f s; %,d school gaps: %.1f s%n",
        count, funded, schools, gaps);
    System.out.printf(Locale.ROOT, "%,d LAs, %,d pupils funded, total place-plus funding %s, schools' net gap %s%n",
        byLa.size(), count, Money.ofPence(total), Money.ofPence(gap));
  }

  /** One chunk's sums and SEN pupils. */
  private static final class Partial {
    final Map<Integer, long[]> byLa = new HashMap<>();
    final Map<Integer, List<PupilPlacement>> bySchool = new HashMap<>();
  }

  /** A generated row as the engine's placement (rows of {@code GeneratedPupils} are valid). */
  static PupilPlacement placement(Row r) {
    PupilPlacement.Builder b = PupilPlacement.builder().pupilId(r.getString(0))
        .settingType(SettingType.valueOf(r.getString(3))).provisionCost(Money.ofPence(r.getLong(7)))
        .topUpBasis(TopUpBasis.valueOf(r.getString(8)));
    if (!r.isNullAt(6)) {
      b.basicPerPupilFunding(Money.ofPence(r.getLong(6)));
    }
    if (!r.isNullAt(9)) {
      b.band(r.getString(9));
    }
    if (!r.isNullAt(10)) {
      b.agreedTopUp(Money.ofPence(r.getLong(10)));
    }
    if (!r.isNullAt(11)) {
      b.annualFee(Money.ofPence(r.getLong(11)));
    }
    if (!r.isNullAt(12)) {
      b.onSchoolRoll(r.getBoolean(12));
    }
    return b.build();
  }

  private static double seconds(long from) {
    return (System.nanoTime() - from) / 1e9;
  }
}

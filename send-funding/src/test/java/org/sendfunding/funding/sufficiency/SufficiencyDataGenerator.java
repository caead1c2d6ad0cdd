package org.sendfunding.funding.sufficiency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sendfunding.funding.dataset.SettingCaseload;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.model.setting.SettingType;

/**
 * Generates the illustrative sufficiency CSV files from the embedded caseload with a fixed seed.
 *
 * <ul>
 *   <li>services.csv: national FTE shared by pupils with EHC plans × a uniform draw in [0.75, 1.35)
 *       (EP:pupil ratios vary widely, 1:480 to 1:9,400, EPI 2025), largest remainder in tenths of an FTE,
 *       at least {@value #MIN_FTE} FTE per LA and service. National totals: EP 2,325 (DfE School
 *       Workforce Census, Nov 2022, PQ 200134); SALT 1,200, OT 700, CAMHS 600, advisory teachers 1,500
 *       (assumptions: no national figure for time available to EHC advice was found).
 *   <li>places.csv: on roll = the caseload's pupils in the setting type; capacity shares a national total
 *       by on roll × a uniform draw in [0.9, 1.1): maintained and academy special schools 0.956 of roll
 *       (153,000 places vs about 160,000 on roll, DfE SCAP May 2024); resourced provision and AP 1.0.
 *       No independent special rows: the independent market takes every overflow pupil (the overflow
 *       rule), so nobody is unplaced in the embedded data.
 *   <li>capital.csv: 10,000 resourced-provision places (from the £740m of 2025-26, DfE via BBC) opening
 *       2026-27 and 2,000 academy special places (15 special free schools, 2024 Budget, CYP Now) opening
 *       2027-28, shared by on roll in the setting type; opening years are assumptions.
 * </ul>
 */
final class SufficiencyDataGenerator {

  static final long SEED = 20251125L;
  static final long MIN_FTE = 2;

  private SufficiencyDataGenerator() {}

  static Map<String, String> generate() {
    FundingDataset data = FundingDataset.england();
    List<SettingCaseload> cs = new ArrayList<>(data.caseloads().values());
    cs.sort((a, b) -> Integer.compare(a.localAuthority().code(), b.localAuthority().code()));
    SplittableRandom rng = new SplittableRandom(SEED);
    Map<String, String> files = new LinkedHashMap<>();

    long[] nationalTenths = {23_250, 12_000, 7_000, 6_000, 15_000};
    long[][] fte = new long[SupportService.values().length][];
    for (SupportService s : SupportService.values()) {
      double[] w = new double[cs.size()];
      for (int i = 0; i < cs.size(); i++) {
        w[i] = cs.get(i).totalPupils() * (0.75 + 0.6 * rng.nextDouble());
      }
      long floorTenths = MIN_FTE * 10;
      long[] shares = largestRemainder(nationalTenths[s.ordinal()] - floorTenths * cs.size(), w);
      for (int i = 0; i < shares.length; i++) {
        shares[i] += floorTenths;
      }
      fte[s.ordinal()] = shares;
    }
    StringBuilder services = new StringBuilder(SufficiencyCsv.SERVICES_HEADER).append('\n');
    for (int i = 0; i < cs.size(); i++) {
      for (SupportService s : SupportService.values()) {
        services.append(cs.get(i).localAuthority().code()).append(',').append(quote(cs.get(i).localAuthority().name())).append(',')
            .append(s.key()).append(',').append(BigDecimal.valueOf(fte[s.ordinal()][i], 1).toPlainString()).append(",illustrative\n");
      }
    }
    files.put("services.csv", services.toString());

    Map<SettingType, long[]> capacity = new LinkedHashMap<>();
    for (SettingType s : PlacesModel.STATE_SETTINGS) {
      double ratio = s == SettingType.MAINTAINED_SPECIAL || s == SettingType.ACADEMY_SPECIAL ? 153_000.0 / 160_000.0
          : 1.0;
      long roll = cs.stream().mapToLong(c -> c.pupils(s)).sum();
      double[] w = new double[cs.size()];
      for (int i = 0; i < cs.size(); i++) {
        w[i] = cs.get(i).pupils(s) * (0.9 + 0.2 * rng.nextDouble());
      }
      capacity.put(s, largestRemainder(Math.round(roll * ratio), w));
    }
    StringBuilder places = new StringBuilder(SufficiencyCsv.PLACES_HEADER).append('\n');
    for (int i = 0; i < cs.size(); i++) {
      for (SettingType s : PlacesModel.STATE_SETTINGS) {
        places.append(cs.get(i).localAuthority().code()).append(',').append(quote(cs.get(i).localAuthority().name())).append(',')
            .append(s.name()).append(',').append(capacity.get(s)[i]).append(',').append(cs.get(i).pupils(s)).append(",illustrative\n");
      }
    }
    files.put("places.csv", places.toString());

    StringBuilder capital = new StringBuilder(SufficiencyCsv.CAPITAL_HEADER).append('\n');
    long[] rp = largestRemainder(10_000, weights(cs, SettingType.RESOURCED_PROVISION));
    long[] fs = largestRemainder(2_000, weights(cs, SettingType.ACADEMY_SPECIAL));
    for (int i = 0; i < cs.size(); i++) {
      String la = cs.get(i).localAuthority().code() + "," + quote(cs.get(i).localAuthority().name());
      if (rp[i] > 0) {
        capital.append(la).append(",RESOURCED_PROVISION,").append(rp[i]).append(",2026-27,high needs provision capital 2025-26,illustrative\n");
      }
      if (fs[i] > 0) {
        capital.append(la).append(",ACADEMY_SPECIAL,").append(fs[i]).append(",2027-28,special free schools 2024 Budget,illustrative\n");
      }
    }
    files.put("capital.csv", capital.toString());
    return files;
  }

  private static double[] weights(List<SettingCaseload> cs, SettingType s) {
    return cs.stream().mapToDouble(c -> c.pupils(s)).toArray();
  }

  private static String quote(String name) {
    return name.contains(",") ? '"' + name + '"' : name;
  }

  /** Shares a whole total by weights; largest remainders get the leftover units, ties to the lower index. */
  static long[] largestRemainder(long total, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    long[] out = new long[weights.length];
    double[] rem = new double[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = sum == 0 ? 0 : total * weights[i] / sum;
      out[i] = (long) Math.floor(exact);
      rem[i] = exact - out[i];
      given += out[i];
    }
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> rem[a] != rem[b] ? Double.compare(rem[b], rem[a]) : Integer.compare(a, b));
    for (int k = 0; given < total && sum > 0; k = (k + 1) % order.length) {
      out[order[k]]++;
      given++;
    }
    return out;
  }
}

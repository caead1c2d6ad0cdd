package org.sendfunding.accountability.cohort;

import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;
import org.sendfunding.model.setting.SettingType;

/**
 * A seeded, deterministic, illustrative key stage 4 cohort: invented schools and pupils with
 * realistic SEND patterns, for examples and tests. It is not real data.
 *
 * <p>{@code IllustrativeCohort.generate(2026)} gives 60 schools in three London LAs (Camden, Greenwich,
 * Hackney): 52 mainstream, 6 special and 2 alternative provision (AP), and about 10,000 pupils. The
 * same seed always gives the same cohort. How it is made:
 * <ul>
 *   <li>SEN provision: mainstream 2.5% EHC plan (E) and 12% SEN support (K); special schools 95% E.
 *   <li>KS2 average scaled score: about 104 (no SEN), 96 (K), 92 (E in mainstream), 85 (special).
 *       In special schools 30% of pupils worked below the standard of the tests and have nominal
 *       scores (59 to 79) and 10% have no KS2 result; elsewhere 3% (6% with EAL) have none and 1.5%
 *       only a maths score.
 *   <li>Attainment 8 follows {@link #TRUE_COEFFICIENTS} plus a school effect (SD 3 points) and pupil
 *       noise (SD 10), clipped to 0 to 90 and rounded to half points; about a third of pupils with EHC
 *       plans score 0, as nationally.
 *   <li>8% of mainstream pupils joined from another school part way through the key stage. Six
 *       mainstream schools "off-roll": 25% of their pupils with SEN or low prior attainment (KS2 below
 *       95) leave after 2 to 4 terms, 60% of them to AP (where they finish, 15 points lower) and the
 *       rest with no known destination.
 * </ul>
 *
 * <pre>{@code
 * Cohort cohort = IllustrativeCohort.generate(2026);
 * Cohort small = IllustrativeCohort.generate(7, 12, 1500);   // seed, schools, pupils
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IllustrativeCohort {

  /** Schools in the default cohort. */
  public static final int DEFAULT_SCHOOLS = 60;
  /** Pupils (approximately) in the default cohort. */
  public static final int DEFAULT_PUPILS = 10_000;

  /**
   * The Attainment 8 model the pupils are drawn from, as {name, coefficient} pairs in order: constant,
   * (KS2 - 100), (KS2 - 100)^2, EHC plan, SEN support, FSM, IDACI, EAL, looked after, months younger
   * than the oldest in the year. Used to check that contextual value added recovers them.
   */
  public static final double[] TRUE_COEFFICIENTS = {39.0, 2.0, 0.02, -14.0, -6.0, -5.0, -8.0, 3.0, -6.0, -0.15};

  private static final int FIRST_URN = 140001;
  private static final int[] LA_CODES = {202, 203, 204};
  private static final int SPECIAL_SCHOOLS = 6;
  private static final int AP_SCHOOLS = 2;
  private static final int OFF_ROLLING_SCHOOLS = 6;
  private static final int KEY_STAGE_TERMS = 6;
  private static final NeedType[] EHCP_MAINSTREAM_NEEDS = weighted(
      new NeedType[] {NeedType.ASD, NeedType.SEMH, NeedType.SLCN, NeedType.MLD, NeedType.SPLD, NeedType.HI, NeedType.PD, NeedType.SLD},
      new int[] {35, 17, 15, 12, 6, 5, 5, 5});
  private static final NeedType[] EHCP_SPECIAL_NEEDS = weighted(
      new NeedType[] {NeedType.ASD, NeedType.SLD, NeedType.MLD, NeedType.SEMH, NeedType.PMLD, NeedType.SLCN, NeedType.PD, NeedType.VI, NeedType.MSI},
      new int[] {35, 20, 15, 15, 5, 4, 3, 2, 1});
  private static final NeedType[] SUPPORT_NEEDS = weighted(
      new NeedType[] {NeedType.SEMH, NeedType.SLCN, NeedType.MLD, NeedType.SPLD, NeedType.ASD, NeedType.OTH, NeedType.NSA, NeedType.HI},
      new int[] {22, 20, 18, 15, 10, 7, 5, 3});

  private IllustrativeCohort() {}

  /**
   * The default illustrative cohort: 60 schools and about 10,000 pupils.
   *
   * @param seed the random seed; the same seed gives the same cohort
   * @return the cohort
   */
  public static Cohort generate(long seed) {
    return generate(seed, DEFAULT_SCHOOLS, DEFAULT_PUPILS);
  }

  /**
   * An illustrative cohort of a chosen size.
   *
   * @param seed the random seed
   * @param schoolCount schools, at least 12 (so there are mainstream, special and AP schools)
   * @param pupilCount approximate number of pupils, at least 50 per school
   * @return the cohort
   * @throws IllegalArgumentException if the sizes are too small
   */
  public static Cohort generate(long seed, int schoolCount, int pupilCount) {
    Preconditions.checkArgument(schoolCount >= 12, "IllustrativeCohort.schoolCount: %s is below 12", schoolCount);
    Preconditions.checkArgument(pupilCount >= 50 * schoolCount,
        "IllustrativeCohort.pupilCount: %s is below 50 per school (%s schools)", pupilCount, schoolCount);
    Random random = new Random(seed);
    List<School> schools = new ArrayList<>();
    List<double[]> traits = new ArrayList<>(); // {size weight, school effect, off-rolling flag}
    int mainstream = schoolCount - SPECIAL_SCHOOLS - AP_SCHOOLS;
    for (int i = 0; i < schoolCount; i++) {
      LocalAuthority la = LocalAuthorities.england().byCode(LA_CODES[i % LA_CODES.length]);
      SettingType type;
      String name;
      if (i < mainstream) {
        type = i % 2 == 0 ? SettingType.MAINSTREAM_ACADEMY : SettingType.MAINSTREAM_MAINTAINED;
        name = String.format("%s %s", PLACES[i % PLACES.length], i % 2 == 0 ? "Academy" : "School");
        if (i >= PLACES.length) {
          name = name + " " + (i / PLACES.length + 1);
        }
      } else if (i < mainstream + SPECIAL_SCHOOLS) {
        type = i % 2 == 0 ? SettingType.ACADEMY_SPECIAL : SettingType.MAINTAINED_SPECIAL;
        name = String.format("%s Special School", PLACES[(i * 7) % PLACES.length]);
      } else {
        type = SettingType.ALTERNATIVE_PROVISION;
        name = String.format("%s Pupil Referral Unit", PLACES[(i * 11) % PLACES.length]);
      }
      schools.add(School.builder().urn(FIRST_URN + i).name(name).localAuthority(la).type(type).build());
      // Spread the off-rolling schools evenly through the mainstream ones (at most half of them).
      int offRollers = Math.min(OFF_ROLLING_SCHOOLS, mainstream / 2);
      boolean offRolling = i < mainstream && (i + 1) * offRollers / mainstream > i * offRollers / mainstream;
      traits.add(new double[] {
          i < mainstream ? 100 + 150 * random.nextDouble() : (i < mainstream + SPECIAL_SCHOOLS ? 14 : 0),
          3 * random.nextGaussian(),
          offRolling ? 1 : 0});
    }
    double totalWeight = traits.stream().mapToDouble(t -> t[0]).sum();
    List<KeyStage4Pupil> pupils = new ArrayList<>();
    int next = 1;
    for (int s = 0; s < schoolCount; s++) {
      int n = (int) Math.round(pupilCount * traits.get(s)[0] / totalWeight);
      for (int k = 0; k < n; k++) {
        pupils.add(pupil(random, String.format("P%05d", next++), s, schools, traits, mainstream));
      }
    }
    return Cohort.of(schools, pupils);
  }

  private static KeyStage4Pupil pupil(
      Random random, String id, int s, List<School> schools, List<double[]> traits, int mainstream) {
    School school = schools.get(s);
    boolean special = school.isSpecial();
    double u = random.nextDouble();
    SenProvision provision = special
        ? (u < 0.95 ? SenProvision.EHC_PLAN : SenProvision.SEN_SUPPORT)
        : (u < 0.025 ? SenProvision.EHC_PLAN : u < 0.145 ? SenProvision.SEN_SUPPORT : SenProvision.NO_SEN);
    NeedType need = provision == SenProvision.EHC_PLAN
        ? pick(random, special ? EHCP_SPECIAL_NEEDS : EHCP_MAINSTREAM_NEEDS)
        : provision == SenProvision.SEN_SUPPORT ? pick(random, SUPPORT_NEEDS) : null;
    boolean fsm = random.nextDouble() < (provision.hasSen() ? 0.36 : 0.23);
    double idaci = Math.min(1, Math.pow(random.nextDouble(), 1.5) * 0.7 + (fsm ? 0.15 : 0));
    boolean eal = random.nextDouble() < 0.17;
    boolean lookedAfter = random.nextDouble() < (provision == SenProvision.EHC_PLAN ? 0.03 : 0.005);
    int month = 1 + random.nextInt(12);
    double meanKs2 = special ? 85 : provision == SenProvision.EHC_PLAN ? 92 : provision == SenProvision.SEN_SUPPORT ? 96 : 104;
    double ks2 = clamp(meanKs2 + 6 * random.nextGaussian(), 80, 120);
    double gap = 3 * random.nextGaussian();
    double reading = round1(clamp(ks2 + gap, 80, 120));
    double maths = round1(clamp(ks2 - gap, 80, 120));
    // One draw decides how the pupil's KS2 result is recorded, so the random stream (and every other
    // trait) is the same whichever way it goes.
    double draw = random.nextDouble();
    double noKs2Share = special ? 0.10 : eal ? 0.06 : 0.03;
    boolean noKs2 = draw < noKs2Share;
    boolean belowTest = special && !noKs2 && draw < 0.40;
    boolean mathsOnly = !special && !noKs2 && draw < noKs2Share + 0.015;
    if (belowTest) {
      // Working below the standard of the tests: nominal scores, 59 to 79.
      reading = round1(clamp(ks2 - 12 + gap, 59, 79));
      maths = round1(clamp(ks2 - 12 - gap, 59, 79));
      ks2 = (reading + maths) / 2;
    }
    double[] x = {1, ks2 - 100, (ks2 - 100) * (ks2 - 100),
        provision == SenProvision.EHC_PLAN ? 1 : 0, provision == SenProvision.SEN_SUPPORT ? 1 : 0,
        fsm ? 1 : 0, idaci, eal ? 1 : 0, lookedAfter ? 1 : 0, Math.floorMod(month - 9, 12)};
    double a8 = traits.get(s)[1] + 10 * random.nextGaussian();
    for (int j = 0; j < x.length; j++) {
      a8 += TRUE_COEFFICIENTS[j] * x[j];
    }
    if (provision == SenProvision.EHC_PLAN && random.nextDouble() < (special ? 0.40 : 0.22)) {
      a8 = 0;
    }
    a8 = Math.round(clamp(a8, 0, 90) * 2) / 2.0;

    KeyStage4Pupil.Builder b = KeyStage4Pupil.builder().id(id).senProvision(provision)
        .freeSchoolMeals(fsm).idaci(round3(idaci)).englishAdditionalLanguage(eal).lookedAfter(lookedAfter)
        .monthOfBirth(month);
    if (need != null) {
      b.primaryNeed(need);
    }
    if (mathsOnly) {
      b.ks2MathsScore(maths);
    } else if (!noKs2) {
      b.ks2ReadingScore(reading).ks2MathsScore(maths);
    }
    int urn = school.urn();
    boolean offRolling = traits.get(s)[2] > 0;
    boolean vulnerable = provision.hasSen() || ks2 < 95;
    if (offRolling && vulnerable && random.nextDouble() < 0.25) {
      int termsHere = 2 + random.nextInt(3);
      if (random.nextDouble() < 0.6) {
        int ap = schools.get(schools.size() - 1 - random.nextInt(AP_SCHOOLS)).urn();
        return b.schoolUrn(ap).attainment8(Math.max(0, a8 - 15 - (a8 - 15) % 0.5))
            .putTermsOnRoll(urn, termsHere).putTermsOnRoll(ap, KEY_STAGE_TERMS - termsHere)
            .leftWithoutKnownDestination(false).build();
      }
      return b.schoolUrn(urn).putTermsOnRoll(urn, termsHere).leftWithoutKnownDestination(true).build();
    }
    b.schoolUrn(urn).attainment8(a8).leftWithoutKnownDestination(false);
    if (!special && random.nextDouble() < 0.08) {
      int other = random.nextInt(mainstream);
      if (other != s) {
        int termsBefore = 1 + random.nextInt(4);
        return b.putTermsOnRoll(schools.get(other).urn(), termsBefore)
            .putTermsOnRoll(urn, KEY_STAGE_TERMS - termsBefore).build();
      }
    }
    return b.putTermsOnRoll(urn, KEY_STAGE_TERMS).build();
  }

  private static final String[] PLACES = {
      "Ashdown", "Beacon", "Bramley", "Castlegate", "Dene", "Elmfield", "Fairhaven", "Greystone", "Hawthorn",
      "Highgate Vale", "Ivydale", "Kingsmead", "Larkrise", "Meadowbank", "Northcliffe", "Oakridge",
      "Parkside", "Queensbury", "Riverside", "Southfields", "Thornbury", "Upton", "Valley", "Westbrook",
      "Willowfield", "Yewtree"};

  private static NeedType pick(Random random, NeedType[] table) {
    return table[random.nextInt(table.length)];
  }

  private static NeedType[] weighted(NeedType[] types, int[] weights) {
    List<NeedType> out = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      for (int k = 0; k < weights[i]; k++) {
        out.add(types[i]);
      }
    }
    return out.toArray(new NeedType[0]);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static double round1(double v) {
    return Math.round(v);
  }

  private static double round3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}

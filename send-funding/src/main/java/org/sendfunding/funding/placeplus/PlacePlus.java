package org.sendfunding.funding.placeplus;

import com.google.common.base.Preconditions;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.funding.parameter.ValueInForce;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.CheckedPence;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.MoneyOverflowException;
import org.sendfunding.model.setting.SettingType;

/**
 * The place-plus engine: a pupil's elements 1-3, place funding by setting type, and an LA's
 * high-needs spend on a caseload.
 *
 * <p>Per pupil:
 *
 * <ul>
 *   <li>element 1: the pupil's basic per-pupil funding where it is paid per pupil;
 *   <li>element 2 (mainstream): {@code min(provision cost, £6,000)} from the notional SEN budget;
 *   <li>place funding: the value of the place the pupil fills (special schools, non-maintained special,
 *       AP £10,000; resourced provision £6,000, or £10,000 if the pupil is not on the host school's
 *       roll; FE £6,000);
 *   <li>element 3, by the placement's {@link TopUpBasis}: a band of the LA's {@link LocalBanding}, the
 *       cost above the base (£6,000 in mainstream, the place value in specialist settings), an agreed
 *       amount, or none;
 *   <li>an independent special school's fee, paid in full by the LA.
 * </ul>
 *
 * <pre>{@code
 * PlacePlusRates rates = PlacePlusRates.resolve(ParameterSet.defaults(), FinancialYear.of(2025));
 * PupilFunding f = PlacePlus.DEFAULT.fund(placement, rates, LocalBanding.example("shropshire"));
 * }</pre>
 *
 * <p>{@link #highNeedsSpend} runs without creating an object per pupil, for caseloads of millions.
 * This class is stateless and thread-safe.
 */
public final class PlacePlus {

  /** The engine. */
  public static final PlacePlus DEFAULT = new PlacePlus();

  static final SourceReference PLACE_PLUS =
      SourceReference.of("Dorset Council, Funding for SEND in schools and educational settings",
          "https://www.dorsetcouncil.gov.uk/w/funding-for-send-in-schools-and-educational-settings");

  private static final int TYPES = SettingType.values().length;

  private PlacePlus() {}

  /**
   * Funds a pupil whose top-up is not banded.
   *
   * @param placement the placement
   * @param rates the rates of the year
   * @return the funding
   * @throws IllegalArgumentException if the placement's top-up is banded
   */
  public PupilFunding fund(PupilPlacement placement, PlacePlusRates rates) {
    return fund(placement, rates, Optional.empty());
  }

  /**
   * Funds a pupil.
   *
   * @param placement the placement
   * @param rates the rates of the year
   * @param banding the commissioning LA's banding
   * @return the funding
   * @throws IllegalArgumentException naming an unknown band or a band with no amount
   */
  public PupilFunding fund(PupilPlacement placement, PlacePlusRates rates, LocalBanding banding) {
    return fund(placement, rates, Optional.of(banding));
  }

  private PupilFunding fund(PupilPlacement p, PlacePlusRates rates, Optional<LocalBanding> banding) {
    SettingType type = p.settingType();
    long place = rates.placePence(type, p.onSchoolRoll());
    long element1 = p.basicPerPupilFunding().map(Money::pence).orElse(0L);
    long cost = p.provisionCost().pence();
    long element2 = type.isMainstream() && type != SettingType.RESOURCED_PROVISION ? Math.min(cost, rates.thresholdPence) : 0;
    long base = basePence(type, place, rates);
    long element3 = element3Pence(p, Math.max(0, cost - base), banding.orElse(null));
    long fee = p.annualFee().map(Money::pence).orElse(0L);

    Explanation.Builder root = Explanation.builder()
        .rule("Place-plus funding of pupil " + p.pupilId() + " in a " + type.displayName())
        .source(PLACE_PLUS)
        .amount(Money.ofPence(total(p.pupilId(), element1, element2, place, element3, fee)))
        .putInputs("setting type", type.displayName())
        .putInputs("provision cost", p.provisionCost().toString());
    if (element1 != 0) {
      root.addChildren(Explanation.builder().rule("Element 1: basic per-pupil funding").amount(Money.ofPence(element1))
          .putInputs("basic per-pupil funding", Money.ofPence(element1).toString()).build());
    }
    if (type.isMainstream() && type != SettingType.RESOURCED_PROVISION) {
      root.addChildren(Explanation.builder()
          .rule("Element 2: the school meets the first part of additional support from its notional SEN budget, up to the threshold")
          .amount(Money.ofPence(element2))
          .addParameters(rates.threshold().toUse()).build());
    }
    if (place != 0) {
      Explanation.Builder e = Explanation.builder()
          .rule("Place funding for a " + type.displayName() + " place"
              + (type == SettingType.RESOURCED_PROVISION && !p.onSchoolRoll() ? " not filled by a pupil on the school's roll" : ""))
          .amount(Money.ofPence(place));
      for (ValueInForce v : rates.placeParameter(type, p.onSchoolRoll())) {
        e.addParameters(v.toUse());
      }
      root.addChildren(e.build());
    }
    if (p.topUpBasis() != TopUpBasis.NONE) {
      Explanation.Builder e = Explanation.builder()
          .amount(Money.ofPence(element3))
          .putInputs("cost above the base", Money.ofPence(Math.max(0, cost - base)).toString());
      switch (p.topUpBasis()) {
        case BAND:
          LocalBanding b = banding.get();
          Band band = b.band(p.band().get());
          e.rule("Element 3: top-up of band " + band.id() + " of " + b.authority() + "'s local banding"
                  + (band.amount().isPresent() ? "" : ", the cost above the base held within the band's range"))
              .source(b.references().get(0))
              .putInputs("band", band.id());
          break;
        case COST_ABOVE_BASE:
          e.rule("Element 3: top-up of the provision cost above what elements 1-2 or place funding cover");
          if (type.isMainstream() && type != SettingType.RESOURCED_PROVISION) {
            e.addParameters(rates.threshold().toUse());
          }
          break;
        default:
          e.rule("Element 3: top-up agreed with the provider");
      }
      root.addChildren(e.build());
    }
    if (fee != 0) {
      root.addChildren(Explanation.builder().rule("Independent special school fee, paid in full by the LA")
          .amount(Money.ofPence(fee)).build());
    }
    return PupilFunding.builder()
        .placement(p)
        .element1(Money.ofPence(element1))
        .element2(Money.ofPence(element2))
        .placeFunding(Money.ofPence(place))
        .element3(Money.ofPence(element3))
        .fee(Money.ofPence(fee))
        .explanation(root.build())
        .build();
  }

  /** What elements 2 or place funding already cover, against which a costed top-up is measured. */
  private static long basePence(SettingType type, long place, PlacePlusRates rates) {
    if (type == SettingType.MAINSTREAM_MAINTAINED || type == SettingType.MAINSTREAM_ACADEMY) {
      return rates.thresholdPence;
    }
    return place;
  }

  private static long element3Pence(PupilPlacement p, long costAboveBase, LocalBanding banding) {
    switch (p.topUpBasis()) {
      case NONE:
        return 0;
      case COST_ABOVE_BASE:
        return costAboveBase;
      case AGREED_AMOUNT:
        return p.agreedTopUp().get().pence();
      default:
        if (banding == null) {
          throw new IllegalArgumentException("PlacePlus: pupil " + p.pupilId() + " has band '" + p.band().get()
              + "' but no local banding was given");
        }
        try {
          return banding.band(p.band().get()).topUpPence(costAboveBase);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("PlacePlus: pupil " + p.pupilId() + ": " + e.getMessage(), e);
        }
    }
  }

  /** A pupil's funding: the sum of its parts, refused naming the pupil if it leaves the range of money. */
  private static long total(String pupilId, long element1, long element2, long place, long element3, long fee) {
    String who = "pupil " + pupilId;
    long sum = CheckedPence.add(element1, element2, "place-plus funding (elements 1 + 2)", who, null);
    sum = CheckedPence.add(sum, place, "place-plus funding (+ place funding)", who, null);
    sum = CheckedPence.add(sum, element3, "place-plus funding (+ element 3)", who, null);
    return CheckedPence.add(sum, fee, "place-plus funding (+ independent school fee)", who, null);
  }

  /**
   * Place funding for a number of commissioned places of a setting type.
   *
   * @param type the setting type
   * @param places the number of places
   * @param rates the rates of the year
   * @return {@code places × place value}, explained
   */
  public Explanation placeFunding(SettingType type, long places, PlacePlusRates rates) {
    Preconditions.checkArgument(places >= 0, "PlacePlus.places: %s must not be negative (%s)", places, type);
    Money value = rates.placeValue(type, true);
    Explanation.Builder e = Explanation.builder()
        .rule("Place funding: places × place value for " + type.displayName()
            + (value.isZero() ? " (places not funded in this setting)" : ""))
        .source(PLACE_PLUS)
        .amount(value.times(places))
        .putInputs("places", Long.toString(places));
    for (ValueInForce v : rates.placeParameter(type, true)) {
      e.addParameters(v.toUse());
    }
    return e.build();
  }

  /**
   * An LA's high-needs spend on a caseload with no banded top-ups; see {@link #highNeedsSpend(Iterable,
   * Map, PlacePlusRates, LocalBanding)}.
   *
   * @param caseload the pupils the LA funds
   * @param commissionedPlaces places commissioned, by setting type
   * @param rates the rates of the year
   * @return the spend
   */
  public HighNeedsSpend highNeedsSpend(
      Iterable<PupilPlacement> caseload, Map<SettingType, Long> commissionedPlaces, PlacePlusRates rates) {
    return highNeedsSpend(caseload, commissionedPlaces, rates, null);
  }

  /**
   * An LA's high-needs spend on a caseload by setting type: commissioned places × place value, plus
   * every pupil's element 3 top-up and independent school fee.
   *
   * <p>Resourced provision places filled by pupils on the host school's roll are funded at £6,000; the
   * rest of its commissioned places (empty, or filled by other schools' pupils) at £10,000.
   *
   * @param caseload the pupils the LA funds
   * @param commissionedPlaces places commissioned, by setting type (absent means none)
   * @param rates the rates of the year
   * @param banding the LA's banding, for banded top-ups (null if none are banded)
   * @return the spend
   * @throws IllegalArgumentException naming a pupil whose band is unknown, or a negative place count
   */
  public HighNeedsSpend highNeedsSpend(
      Iterable<PupilPlacement> caseload,
      Map<SettingType, Long> commissionedPlaces,
      PlacePlusRates rates,
      LocalBanding banding) {
    PlacementTable.Builder b = PlacementTable.builder(banding, 1024);
    for (PupilPlacement p : caseload) {
      try {
        b.add(p);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("PlacePlus: pupil " + p.pupilId() + ": " + e.getMessage(), e);
      }
    }
    return highNeedsSpend(b.build(), commissionedPlaces, rates);
  }

  /**
   * An LA's high-needs spend on a columnar caseload; the same rules as {@link
   * #highNeedsSpend(Iterable, Map, PlacePlusRates, LocalBanding)}, with no object per pupil.
   *
   * @param caseload the pupils the LA funds
   * @param commissionedPlaces places commissioned, by setting type
   * @param rates the rates of the year
   * @return the spend
   */
  public HighNeedsSpend highNeedsSpend(PlacementTable caseload, Map<SettingType, Long> commissionedPlaces, PlacePlusRates rates) {
    LocalBanding banding = caseload.banding;
    Band[] bands = banding == null ? new Band[0] : banding.bands().toArray(new Band[0]);
    SettingType[] typeValues = SettingType.values();
    long[] placeByType = new long[TYPES];
    long[] baseByType = new long[TYPES];
    for (SettingType type : typeValues) {
      placeByType[type.ordinal()] = rates.placePence(type, true);
      baseByType[type.ordinal()] = basePence(type, placeByType[type.ordinal()], rates);
    }
    long rpUnoccupiedBase = rates.resourcedUnoccupiedPence;
    int rp = SettingType.RESOURCED_PROVISION.ordinal();
    int independent = SettingType.INDEPENDENT_SPECIAL.ordinal();
    long[] topUps = new long[TYPES];
    long[] fees = new long[TYPES];
    long[] pupils = new long[TYPES];
    long resourcedOnRoll = 0;
    byte[] types = caseload.type;
    long[] cost = caseload.costPence;
    byte[] basis = caseload.basis;
    int[] band = caseload.band;
    long[] amount = caseload.amountPence;
    boolean[] roll = caseload.onRoll;
    int none = TopUpBasis.NONE.ordinal();
    int byBand = TopUpBasis.BAND.ordinal();
    int costAbove = TopUpBasis.COST_ABOVE_BASE.ordinal();
    boolean fits = caseload.sumsFit();
    for (int i = 0; i < caseload.size; i++) {
      int t = types[i];
      pupils[t]++;
      long base = t == rp && !roll[i] ? rpUnoccupiedBase : baseByType[t];
      long above = Math.max(0, cost[i] - base);
      int bs = basis[i];
      long topUp = bs == costAbove ? above : bs == byBand ? bands[band[i]].topUpPence(above) : bs != none ? amount[i] : 0;
      long fee = t == independent ? amount[i] : 0;
      if (fits) {
        // fits: no sum of the caseload's amounts can leave the range of a long (PlacementTable.sumsFit).
        topUps[t] += topUp;
        fees[t] += fee;
      } else {
        try {
          topUps[t] = CheckedPence.add(topUps[t], topUp, "element 3 top-ups", typeValues[t].displayName(), null);
          fees[t] = CheckedPence.add(fees[t], fee, "independent special school fees", typeValues[t].displayName(), null);
        } catch (MoneyOverflowException e) {
          throw e.at("PlacePlus.highNeedsSpend, caseload row " + i);
        }
      }
      if (t == rp && roll[i]) {
        resourcedOnRoll++;
      }
    }
    long[] places = new long[TYPES];
    Map<SettingType, Explanation> placeExplanations = new EnumMap<>(SettingType.class);
    for (Map.Entry<SettingType, Long> e : commissionedPlaces.entrySet()) {
      SettingType type = e.getKey();
      long n = e.getValue();
      Preconditions.checkArgument(n >= 0, "PlacePlus.commissionedPlaces: %s is %s, must not be negative", type, n);
      if (type == SettingType.RESOURCED_PROVISION) {
        long onRoll = Math.min(n, resourcedOnRoll);
        places[type.ordinal()] = CheckedPence.add(
            CheckedPence.times(rates.resourcedPence, onRoll, "place funding (places filled from the roll)", type.displayName(), null),
            CheckedPence.times(rates.resourcedUnoccupiedPence, n - onRoll, "place funding (other places)", type.displayName(), null),
            "place funding", type.displayName(), null);
        placeExplanations.put(type, Explanation.builder()
            .rule("Place funding for resourced provision: places filled by pupils on the school's roll at the "
                + "occupied rate, the rest at the unoccupied rate")
            .amount(Money.ofPence(places[type.ordinal()]))
            .putInputs("places commissioned", Long.toString(n))
            .putInputs("places filled by pupils on the roll", Long.toString(onRoll))
            .addParameters(rates.placeParameter(type, true).get(0).toUse())
            .addParameters(rates.placeParameter(type, false).get(0).toUse())
            .build());
      } else {
        Explanation pf = placeFunding(type, n, rates);
        places[type.ordinal()] = pf.amount().get().pence();
        placeExplanations.put(type, pf);
      }
    }
    HighNeedsSpend.Builder b = HighNeedsSpend.builder();
    Explanation.Builder root = Explanation.builder()
        .rule("High-needs spend on the caseload by setting type: places + top-ups + fees")
        .source(PLACE_PLUS)
        .putInputs("banding", banding == null ? "none" : banding.authority());
    long total = 0;
    for (SettingType type : SettingType.values()) {
      int t = type.ordinal();
      if (pupils[t] == 0 && !commissionedPlaces.containsKey(type)) {
        continue;
      }
      b.putPlaces(type, Money.ofPence(places[t]))
          .putTopUps(type, Money.ofPence(topUps[t]))
          .putFees(type, Money.ofPence(fees[t]))
          .putPupils(type, pupils[t]);
      long sum = CheckedPence.add(CheckedPence.add(places[t], topUps[t], "places + top-ups", type.displayName(), null),
          fees[t], "places + top-ups + fees", type.displayName(), null);
      total = CheckedPence.add(total, sum, "high-needs spend on the caseload", type.displayName(), null);
      Explanation.Builder child = Explanation.builder()
          .rule(type.displayName() + ": places + top-ups + fees")
          .amount(Money.ofPence(sum))
          .putInputs("pupils", Long.toString(pupils[t]));
      child.addChildren(placeExplanations.getOrDefault(type, Explanation.builder()
          .rule("Place funding: no places commissioned").amount(Money.ZERO).build()));
      child.addChildren(Explanation.builder().rule("Element 3 top-ups of " + pupils[t] + " pupils")
          .amount(Money.ofPence(topUps[t])).build());
      child.addChildren(Explanation.builder().rule("Independent special school fees")
          .amount(Money.ofPence(fees[t])).build());
      root.addChildren(child.build());
    }
    return b.explanation(root.amount(Money.ofPence(total)).build()).build();
  }
}

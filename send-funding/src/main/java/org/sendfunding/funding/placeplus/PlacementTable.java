package org.sendfunding.funding.placeplus;

import com.google.common.base.Preconditions;
import java.util.Arrays;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.SettingType;

/**
 * A caseload of placed pupils held column by column in primitive arrays, for computing an LA's
 * high-needs spend over millions of pupils without an object per pupil.
 *
 * <pre>{@code
 * PlacementTable.Builder b = PlacementTable.builder(banding, 1_700_000);
 * b.add(SettingType.MAINTAINED_SPECIAL, 2_500_000, TopUpBasis.COST_ABOVE_BASE, null, 0, true);  // £25,000 cost
 * b.add(placement);                                                                             // or from a PupilPlacement
 * PlacementTable caseload = b.build();
 * PlacePlus.DEFAULT.highNeedsSpend(caseload, places, rates);
 * }</pre>
 *
 * <p>Bands are resolved to the banding's band index when added, so an unknown band fails at once,
 * naming the pupil's row. A caseload is immutable and thread-safe once built; its builder is not
 * thread-safe.
 */
public final class PlacementTable {

  final LocalBanding banding;
  final int size;
  final byte[] type;
  final long[] costPence;
  final byte[] basis;
  final int[] band;
  final long[] amountPence;
  final boolean[] onRoll;
  /** The largest amount one pupil adds to any sum: cost, agreed top-up or fee, or a band's top-up. */
  final long largestAddendPence;

  private PlacementTable(Builder b) {
    banding = b.banding;
    size = b.size;
    type = Arrays.copyOf(b.type, size);
    costPence = Arrays.copyOf(b.costPence, size);
    basis = Arrays.copyOf(b.basis, size);
    band = Arrays.copyOf(b.band, size);
    amountPence = Arrays.copyOf(b.amountPence, size);
    onRoll = Arrays.copyOf(b.onRoll, size);
    largestAddendPence = b.largest;
  }

  /**
   * Whether no sum over the pupils can leave the range of a {@code long}: {@code size} addends of at
   * most {@link #largestAddendPence} each. Then the engines' per-pupil loops need no overflow checks;
   * otherwise (only with absurd amounts) they check every sum and name the row that overflows.
   */
  boolean sumsFit() {
    return largestAddendPence <= Long.MAX_VALUE / Math.max(1, size);
  }

  /**
   * Starts a builder.
   *
   * @param banding the LA's banding for banded top-ups, or null if none are banded
   * @param expectedSize the expected number of pupils
   * @return a builder
   */
  public static Builder builder(LocalBanding banding, int expectedSize) {
    return new Builder(banding, expectedSize);
  }

  /** The number of pupils. @return the size */
  public int size() {
    return size;
  }

  /** Builds a {@link PlacementTable} row by row. Not thread-safe. */
  public static final class Builder {
    private final LocalBanding banding;
    private int size;
    private byte[] type;
    private long[] costPence;
    private byte[] basis;
    private int[] band;
    private long[] amountPence;
    private boolean[] onRoll;
    private long largest;

    private Builder(LocalBanding banding, int expectedSize) {
      this.banding = banding;
      int n = Math.max(16, expectedSize);
      type = new byte[n];
      costPence = new long[n];
      basis = new byte[n];
      band = new int[n];
      amountPence = new long[n];
      onRoll = new boolean[n];
    }

    /**
     * Adds a pupil.
     *
     * @param settingType the setting type
     * @param provisionCostPence the provision cost, in pence (see {@link PupilPlacement#provisionCost()})
     * @param topUpBasis how element 3 is set
     * @param bandId the band for {@link TopUpBasis#BAND}, else null
     * @param agreedTopUpOrFeePence the agreed top-up ({@link TopUpBasis#AGREED_AMOUNT}) or, for an
     *     independent special school, the annual fee; else 0
     * @param onSchoolRoll for resourced provision, whether the pupil is on the host school's roll
     * @return this builder
     * @throws IllegalArgumentException naming the row of a negative amount or an unknown band
     */
    public Builder add(SettingType settingType, long provisionCostPence, TopUpBasis topUpBasis, String bandId,
        long agreedTopUpOrFeePence, boolean onSchoolRoll) {
      int row = size;
      Preconditions.checkArgument(provisionCostPence >= 0 && agreedTopUpOrFeePence >= 0,
          "PlacementTable row %s: amounts must not be negative (cost %s, amount %s)", row, provisionCostPence, agreedTopUpOrFeePence);
      Preconditions.checkArgument((topUpBasis == TopUpBasis.BAND) == (bandId != null),
          "PlacementTable row %s: a band must be given exactly when the top-up basis is BAND (basis %s)", row, topUpBasis);
      Preconditions.checkArgument(settingType != SettingType.INDEPENDENT_SPECIAL || topUpBasis == TopUpBasis.NONE,
          "PlacementTable row %s: an independent special school is paid its fee, not top-ups (basis %s)", row, topUpBasis);
      int bandIndex = -1;
      if (bandId != null) {
        Preconditions.checkArgument(banding != null, "PlacementTable row %s: band '%s' but no banding was given", row, bandId);
        Band b;
        try {
          b = banding.band(bandId);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("PlacementTable row " + row + ": " + e.getMessage(), e);
        }
        Preconditions.checkArgument(b.hasAmount(),
            "PlacementTable row %s: band %s has descriptors only, no amount or range", row, bandId);
        bandIndex = banding.bands().indexOf(b);
        largest = Math.max(largest, b.topUpPence(Long.MAX_VALUE)); // the band's largest top-up
      }
      largest = Math.max(largest, Math.max(provisionCostPence, agreedTopUpOrFeePence));
      if (size == type.length) {
        int n = size * 2;
        type = Arrays.copyOf(type, n);
        costPence = Arrays.copyOf(costPence, n);
        basis = Arrays.copyOf(basis, n);
        band = Arrays.copyOf(band, n);
        amountPence = Arrays.copyOf(amountPence, n);
        onRoll = Arrays.copyOf(onRoll, n);
      }
      type[size] = (byte) settingType.ordinal();
      costPence[size] = provisionCostPence;
      basis[size] = (byte) topUpBasis.ordinal();
      band[size] = bandIndex;
      amountPence[size] = agreedTopUpOrFeePence;
      onRoll[size] = onSchoolRoll;
      size++;
      return this;
    }

    /**
     * Adds a placement.
     *
     * @param p the placement
     * @return this builder
     */
    public Builder add(PupilPlacement p) {
      long amount = p.annualFee().or(() -> p.agreedTopUp()).map(Money::pence).orElse(0L);
      return add(p.settingType(), p.provisionCost().pence(), p.topUpBasis(), p.band().orElse(null), amount,
          p.onSchoolRoll());
    }

    /** Builds the caseload. @return the caseload */
    public PlacementTable build() {
      return new PlacementTable(this);
    }
  }
}

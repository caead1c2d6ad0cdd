package org.sendfunding.data.archive;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * The bounds a zip archive must keep before any of it is accepted: how many entries, how large one
 * entry and all entries may be once inflated, and how far an entry may inflate beyond its
 * compressed size.
 *
 * <p>{@link #DEFAULT} fits every DfE file the project imports with a wide margin (the 2025 EHC plans
 * release: 15 entries, largest 6.4 MB, 37 MB in all, ratios below 15) and refuses a zip bomb after
 * inflating little more than a MiB of it:
 *
 * <pre>{@code
 * ArchiveLimits.DEFAULT;                      // 1,000 entries, 64 MiB an entry, 256 MiB in all, ratio 100
 * ArchiveLimits.DEFAULT.withMaxEntries(20);   // 20 entries, other bounds as DEFAULT
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ArchiveLimits {

  /** 1,000 entries, 64 MiB an entry, 256 MiB in all, inflation ratio at most 100. */
  public static final ArchiveLimits DEFAULT = of(1_000, 64L << 20, 256L << 20, 100);

  /**
   * Below this many inflated bytes an entry is never refused for its ratio: a small, highly
   * repetitive file (a sheet of zeros) may legitimately compress 1,000-fold, and cannot hurt.
   */
  static final long RATIO_GRACE_BYTES = 1L << 20;

  ArchiveLimits() {}

  /**
   * Bounds on an archive.
   *
   * @param maxEntries the most entries (files and folders)
   * @param maxEntryBytes the most bytes one entry may inflate to
   * @param maxTotalBytes the most bytes all entries together may inflate to
   * @param maxRatio the most inflated bytes per compressed byte of one entry (beyond the first MiB)
   * @return the limits
   * @throws IllegalArgumentException if a bound is not positive
   */
  public static ArchiveLimits of(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
    return ImmutableArchiveLimits.of(maxEntries, maxEntryBytes, maxTotalBytes, maxRatio);
  }

  /** Most entries (files and folders) the archive may hold. @return the bound */
  @Value.Parameter
  public abstract int maxEntries();

  /** Most bytes one entry may inflate to. @return the bound */
  @Value.Parameter
  public abstract long maxEntryBytes();

  /** Most bytes all entries together may inflate to. @return the bound */
  @Value.Parameter
  public abstract long maxTotalBytes();

  /** Most inflated bytes per compressed byte of one entry (beyond the first MiB). @return the bound */
  @Value.Parameter
  public abstract int maxRatio();

  @Value.Check
  void check() {
    Preconditions.checkArgument(maxEntries() > 0 && maxEntryBytes() > 0 && maxTotalBytes() > 0
        && maxRatio() > 0, "ArchiveLimits: bounds must be positive, got maxEntries=%s, "
        + "maxEntryBytes=%s, maxTotalBytes=%s, maxRatio=%s", maxEntries(), maxEntryBytes(),
        maxTotalBytes(), maxRatio());
  }

  /** These limits with another entry count. @param value the bound @return the limits */
  public ArchiveLimits withMaxEntries(int value) {
    return of(value, maxEntryBytes(), maxTotalBytes(), maxRatio());
  }

  /** These limits with another entry size. @param value the bound @return the limits */
  public ArchiveLimits withMaxEntryBytes(long value) {
    return of(maxEntries(), value, maxTotalBytes(), maxRatio());
  }

  /** These limits with another total size. @param value the bound @return the limits */
  public ArchiveLimits withMaxTotalBytes(long value) {
    return of(maxEntries(), maxEntryBytes(), value, maxRatio());
  }

  /** These limits with another compression ratio. @param value the bound @return the limits */
  public ArchiveLimits withMaxRatio(int value) {
    return of(maxEntries(), maxEntryBytes(), maxTotalBytes(), value);
  }

  @Override
  public String toString() {
    return "ArchiveLimits[" + maxEntries() + " entries, " + maxEntryBytes() + " bytes an entry, "
        + maxTotalBytes() + " bytes in all, ratio " + maxRatio() + "]";
  }
}

package org.sendfunding.data.archive;

import com.google.common.base.Preconditions;

/**
 * The bounds a zip archive must keep before any of it is accepted: how many entries, how large one
 * entry and all entries may be once inflated, and how far an entry may inflate beyond its
 * compressed size.
 *
 * <p>{@link #DEFAULT} fits every DfE file the project imports with a wide margin (the 2025 EHC plans
 * release: 15 entries, largest 6.4 MB, 37 MB in all, ratios below 15) and refuses a zip bomb after
 * reading at most {@code maxTotalBytes}:
 *
 * <pre>{@code
 * ArchiveLimits.DEFAULT.withMaxEntries(20);   // 20 entries, other bounds as DEFAULT
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ArchiveLimits {

  /** 1,000 entries, 64 MiB an entry, 256 MiB in all, inflation ratio at most 100. */
  public static final ArchiveLimits DEFAULT = new ArchiveLimits(1_000, 64L << 20, 256L << 20, 100);

  /**
   * Below this many inflated bytes an entry is never refused for its ratio: a small, highly
   * repetitive file (a sheet of zeros) may legitimately compress 1,000-fold, and cannot hurt.
   */
  static final long RATIO_GRACE_BYTES = 1L << 20;

  private final int maxEntries;
  private final long maxEntryBytes;
  private final long maxTotalBytes;
  private final int maxRatio;

  private ArchiveLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
    Preconditions.checkArgument(maxEntries > 0, "maxEntries must be positive: %s", maxEntries);
    Preconditions.checkArgument(maxEntryBytes > 0, "maxEntryBytes must be positive: %s", maxEntryBytes);
    Preconditions.checkArgument(maxTotalBytes > 0, "maxTotalBytes must be positive: %s", maxTotalBytes);
    Preconditions.checkArgument(maxRatio > 0, "maxRatio must be positive: %s", maxRatio);
    this.maxEntries = maxEntries;
    this.maxEntryBytes = maxEntryBytes;
    this.maxTotalBytes = maxTotalBytes;
    this.maxRatio = maxRatio;
  }

  /** Most entries (files and folders) the archive may hold. */
  public int maxEntries() {
    return maxEntries;
  }

  /** Most bytes one entry may inflate to. */
  public long maxEntryBytes() {
    return maxEntryBytes;
  }

  /** Most bytes all entries together may inflate to. */
  public long maxTotalBytes() {
    return maxTotalBytes;
  }

  /** Most inflated bytes per compressed byte of one entry (beyond the first MiB). */
  public int maxRatio() {
    return maxRatio;
  }

  /** These limits with another entry count. */
  public ArchiveLimits withMaxEntries(int value) {
    return new ArchiveLimits(value, maxEntryBytes, maxTotalBytes, maxRatio);
  }

  /** These limits with another entry size. */
  public ArchiveLimits withMaxEntryBytes(long value) {
    return new ArchiveLimits(maxEntries, value, maxTotalBytes, maxRatio);
  }

  /** These limits with another total size. */
  public ArchiveLimits withMaxTotalBytes(long value) {
    return new ArchiveLimits(maxEntries, maxEntryBytes, value, maxRatio);
  }

  /** These limits with another compression ratio. */
  public ArchiveLimits withMaxRatio(int value) {
    return new ArchiveLimits(maxEntries, maxEntryBytes, maxTotalBytes, value);
  }

  @Override
  public String toString() {
    return "ArchiveLimits{maxEntries=" + maxEntries + ", maxEntryBytes=" + maxEntryBytes
        + ", maxTotalBytes=" + maxTotalBytes + ", maxRatio=" + maxRatio + "}";
  }
}

package org.sendfunding.model.deficit;

/**
 * Where a safety-valve instalment stands. DfE pays instalments when the LA's monitoring shows it meets
 * the agreement's conditions; otherwise it withholds them (2023-24: £17.7m of £22.2m withheld from five
 * LAs), possibly paying later under a revised agreement.
 */
public enum InstalmentStatus {
  /** Not yet due or not yet decided. */
  DUE,
  /** Paid by DfE. */
  PAID,
  /** Withheld because conditions were not met. */
  WITHHELD
}

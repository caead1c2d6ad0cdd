package org.sendfunding.model.dsg;

/**
 * The four blocks of the Dedicated Schools Grant (DSG).
 *
 * <p>High-needs funding for pupils with SEND is the {@link #HIGH_NEEDS} block; money may move into it
 * from the {@link #SCHOOLS} block by a {@link BlockTransfer}.
 */
public enum DsgBlock {
  SCHOOLS("Schools block"),
  CENTRAL_SCHOOL_SERVICES("Central school services block"),
  HIGH_NEEDS("High needs block"),
  EARLY_YEARS("Early years block");

  private final String displayName;

  DsgBlock(String displayName) {
    this.displayName = displayName;
  }

  /** The name as DSG tables print it. */
  public String displayName() {
    return displayName;
  }
}

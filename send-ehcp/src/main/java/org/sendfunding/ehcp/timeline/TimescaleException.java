package org.sendfunding.ehcp.timeline;

/**
 * The exceptions to the 6-, 16- and 20-week limits, SEND Regulations 2014 reg 10(4) (and regs 5(4),
 * 13(3) which apply them).
 *
 * <p>DfE statistics report timeliness both including and excluding cases where an exception applied,
 * so each case records which applied, e.g. {@code EXCEPTIONAL_PERSONAL_CIRCUMSTANCES} for (c).
 */
public enum TimescaleException {
  /** (a) Advice requested from a school from 1 week before a closure of at least 4 weeks until 1 week before it reopens. */
  SCHOOL_CLOSURE("a"),
  /** (b) The same for a post-16 institution or early-years provider. */
  INSTITUTION_CLOSURE("b"),
  /** (c) Exceptional personal circumstances affecting the child, parent or young person. */
  EXCEPTIONAL_PERSONAL_CIRCUMSTANCES("c"),
  /** (d) The child, parent or young person is away from the LA's area for at least 4 continuous weeks. */
  ABSENT_FROM_AREA("d");

  private final String letter;

  TimescaleException(String letter) {
    this.letter = letter;
  }

  /** The paragraph of reg 10(4), e.g. "(c)". */
  public String paragraph() {
    return "reg 10(4)(" + letter + ")";
  }
}

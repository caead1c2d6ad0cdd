package org.sendfunding.ehcp.timeline;

/**
 * Who must act by a deadline: the LA (to notify, issue, review), the mediation adviser (to issue a
 * certificate), or the family (to appeal, a right rather than a duty).
 */
public enum Duty {
  /** The local authority. */
  LOCAL_AUTHORITY,
  /** The mediation adviser. */
  MEDIATION_ADVISER,
  /** The child's parent or the young person. */
  FAMILY
}

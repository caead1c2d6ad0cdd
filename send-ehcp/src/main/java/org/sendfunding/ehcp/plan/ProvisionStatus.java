package org.sendfunding.ehcp.plan;

/**
 * Whether provision specified in a plan is actually delivered, and by whom.
 *
 * <p>A speech and language therapy session specified in section G that the ICB does not commission, but
 * which the school buys from its own budget, is {@link #MET_BY_SCHOOL}: a cost shifted to the school.
 */
public enum ProvisionStatus {
  /** Secured by the responsible body. */
  SECURED,
  /** Not secured by anyone: the child goes without. */
  NOT_SECURED,
  /** Not secured by the responsible body; the school meets it from its own budget. */
  MET_BY_SCHOOL
}

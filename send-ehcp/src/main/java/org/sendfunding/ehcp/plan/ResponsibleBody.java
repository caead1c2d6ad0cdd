package org.sendfunding.ehcp.plan;

/**
 * The body that must secure provision in an EHC plan: the LA for education (section F), the health
 * commissioner, an integrated care board, for health (G), the LA's children's or adult social care for
 * social care (H1, H2).
 */
public enum ResponsibleBody {
  /** The LA under CFA 2014 s42(2): special educational provision. */
  EDUCATION,
  /** The health commissioning body under CFA 2014 s42(3): health provision. */
  HEALTH,
  /** The LA's social care services: social care provision. */
  SOCIAL_CARE
}

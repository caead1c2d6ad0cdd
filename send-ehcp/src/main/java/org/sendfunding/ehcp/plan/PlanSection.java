package org.sendfunding.ehcp.plan;

/**
 * The sections of an EHC plan, SEND Regulations 2014 reg 12(1).
 *
 * <p>Sections F, G, H1 and H2 specify provision and so carry {@link ProvisionItem}s; only B, F and I can
 * be appealed on their content. {@code PlanSection.F.title()} is "Special educational provision".
 */
public enum PlanSection {
  A("Views, interests and aspirations of the child and parents or the young person", null),
  B("Special educational needs", null),
  C("Health needs related to special educational needs", null),
  D("Social care needs related to special educational needs or disability", null),
  E("Outcomes sought", null),
  F("Special educational provision", ResponsibleBody.EDUCATION),
  G("Health provision reasonably required", ResponsibleBody.HEALTH),
  H1("Social care provision under s2 of the Chronically Sick and Disabled Persons Act 1970", ResponsibleBody.SOCIAL_CARE),
  H2("Other social care provision reasonably required", ResponsibleBody.SOCIAL_CARE),
  I("Name and type of school or other institution", null),
  J("Personal budget, including direct payments", null),
  K("Advice and information obtained in the assessment", null);

  private final String title;
  private final ResponsibleBody provider;

  PlanSection(String title, ResponsibleBody provider) {
    this.title = title;
    this.provider = provider;
  }

  /** The section's title as reg 12 describes it. */
  public String title() {
    return title;
  }

  /** Whether the section specifies provision (F, G, H1, H2). */
  public boolean isProvision() {
    return provider != null;
  }

  /**
   * The body responsible for securing provision in this section.
   *
   * @return the body
   * @throws IllegalStateException for a section that specifies no provision
   */
  public ResponsibleBody responsibleBody() {
    if (provider == null) {
      throw new IllegalStateException("PlanSection " + name() + " (" + title + ") specifies no provision");
    }
    return provider;
  }

  /** Whether the content of the section can be appealed to the SEND Tribunal (B, F, I). */
  public boolean isAppealable() {
    return this == B || this == F || this == I;
  }
}

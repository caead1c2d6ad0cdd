package org.sendfunding.ehcp.plan;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.setting.Setting;

/**
 * An education, health and care (EHC) plan with the sections A to K of SEND Regulations 2014 reg 12:
 * narrative sections as text, provision (F, G, H1, H2) as costed items, the named setting (I) and the
 * personal budget (J).
 *
 * <pre>{@code
 * Ehcp plan = Ehcp.builder()
 *     .id("EHCP-0001")
 *     .localAuthority(LocalAuthorities.england().byCode(202))
 *     .issued(LocalDate.of(2025, 1, 17))
 *     .putSections(PlanSection.B, "Severe speech and language needs; autism")
 *     .addProvision(teachingAssistant, salt)
 *     .namedSetting(school)
 *     .build();
 * }</pre>
 *
 * <p>Section B is required. Sections F to J are structured, so they cannot be given as text. Provision met
 * by the school needs a named school. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Ehcp {

  Ehcp() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Ehcp}; {@code build()} validates the sections. */
  public static final class Builder extends ImmutableEhcp.Builder {
    Builder() {}
  }

  /** The plan reference. */
  public abstract String id();

  /** The LA that maintains the plan. */
  public abstract LocalAuthority localAuthority();

  /** The date the (final or latest amended) plan was issued. */
  public abstract LocalDate issued();

  /** The narrative sections A to E and K, by section. */
  public abstract ImmutableMap<PlanSection, String> sections();

  /** The provision of sections F, G, H1 and H2. */
  public abstract ImmutableList<ProvisionItem> provision();

  /** Section I: the school or institution named, if any. */
  public abstract Optional<Setting> namedSetting();

  /** Section J: the personal budget, if any. */
  public abstract Optional<PersonalBudget> personalBudget();

  /**
   * The provision of one section.
   *
   * @param section F, G, H1 or H2
   * @return its items
   */
  public ImmutableList<ProvisionItem> provision(PlanSection section) {
    return provision().stream().filter(p -> p.section() == section).collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    List<String> errors = new ArrayList<>();
    if (id().isBlank()) {
      errors.add("id must not be blank");
    }
    String b = sections().get(PlanSection.B);
    if (b == null || b.isBlank()) {
      errors.add("section B (special educational needs) is required by reg 12(1)(b)");
    }
    for (PlanSection s : sections().keySet()) {
      if (s.isProvision() || s == PlanSection.I || s == PlanSection.J) {
        errors.add("section " + s + " is structured: give " + (s.isProvision() ? "ProvisionItems" : s == PlanSection.I
            ? "namedSetting" : "personalBudget") + ", not text");
      }
    }
    if (namedSetting().isEmpty()) {
      for (ProvisionItem p : provision()) {
        if (p.status() == ProvisionStatus.MET_BY_SCHOOL) {
          errors.add("'" + p.description() + "' is met by the school but section I names no school");
        }
      }
    }
    Preconditions.checkArgument(errors.isEmpty(), "Ehcp %s: %s", id(), String.join("; ", errors));
  }

  @Override
  public String toString() {
    return "Ehcp[" + id() + ", " + localAuthority().name() + ", issued " + issued() + ", "
        + provision().size() + " provision items" + namedSetting().map(s -> ", " + s.name()).orElse("") + "]";
  }
}

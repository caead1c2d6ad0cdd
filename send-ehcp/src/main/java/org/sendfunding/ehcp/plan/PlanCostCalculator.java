package org.sendfunding.ehcp.plan;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.function.Function;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.setting.Setting;

/**
 * The yearly cost of EHC plans by responsible body, and the cost shifted to schools: health and social
 * care provision that its responsible body did not secure and the school met from its own budget.
 *
 * <p>For a plan with a teaching assistant (F, £12,000, secured), speech and language therapy
 * (G, £2,730, met by the school) and a short-breaks package (H2, £1,500, not secured):
 *
 * <pre>{@code
 * PlanCostCalculator.DEFAULT.costByResponsibleBody(plan);
 * // {EDUCATION=£12,000.00, HEALTH=£2,730.00, SOCIAL_CARE=£1,500.00}
 * PlanCostCalculator.DEFAULT.costShiftedToSchool(plan).amount();   // £2,730.00
 * }</pre>
 *
 * <p>Provision not secured by anyone is unmet need, not a cost to the school, so it is not counted as
 * shifted. Each result is an {@link Explanation} with one child per item. This class is immutable and
 * thread-safe.
 */
public final class PlanCostCalculator {

  /** The calculator. */
  public static final PlanCostCalculator DEFAULT = new PlanCostCalculator();

  /** The duty to secure provision in a plan, which the shifted cost measures the failure of. */
  public static final SourceReference DUTY =
      SourceReference.of(
          "Children and Families Act 2014", "s42 (duty to secure special educational and health care provision)",
          "https://www.legislation.gov.uk/ukpga/2014/6/section/42");

  private PlanCostCalculator() {}

  /**
   * The yearly cost of a plan's provision by responsible body, whatever its status.
   *
   * @param plan the plan
   * @return every body, with zero where the plan specifies nothing
   */
  public ImmutableMap<ResponsibleBody, Money> costByResponsibleBody(Ehcp plan) {
    Map<ResponsibleBody, Money> out = new EnumMap<>(ResponsibleBody.class);
    for (ResponsibleBody b : ResponsibleBody.values()) {
      out.put(b, Money.ZERO);
    }
    for (ProvisionItem p : plan.provision()) {
      out.merge(p.responsibleBody(), p.annualCost(), Money::plus);
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * The yearly cost shifted to the school by one plan, item by item.
   *
   * @param plan the plan
   * @return the explanation, whose amount is the total shifted
   */
  public Explanation costShiftedToSchool(Ehcp plan) {
    Explanation.Builder e =
        Explanation.builder()
            .rule("Cost shifted to the school: health and social care provision not secured and met by the school")
            .source(DUTY)
            .putInputs("plan", plan.id())
            .putInputs("named setting", plan.namedSetting().map(Setting::toString).orElse("none"));
    List<Money> parts = new ArrayList<>();
    for (ProvisionItem p : plan.provision()) {
      if (p.isShiftedToSchool()) {
        parts.add(p.annualCost());
        e.addChildren(
            Explanation.builder()
                .rule("Section " + p.section() + " " + p.responsibleBody() + " provision met by the school")
                .amount(p.annualCost())
                .putInputs("provision", p.description())
                .putInputs("quantity", p.quantity().toPlainString() + " " + p.unit())
                .putInputs("status", p.status().name())
                .build());
      }
    }
    return e.amount(Money.sum(parts)).build();
  }

  /**
   * The cost shifted to each named school by a set of plans.
   *
   * @param plans the plans
   * @return per school, in order of first appearance, an explanation with one child per plan that shifts cost
   */
  public ImmutableMap<Setting, Explanation> costShiftedBySchool(Iterable<Ehcp> plans) {
    return group(plans, p -> p.namedSetting().orElse(null), s -> "Cost shifted to " + s);
  }

  /**
   * The cost shifted to schools by the plans each LA maintains.
   *
   * @param plans the plans
   * @return per LA, in order of first appearance, an explanation with one child per plan that shifts cost
   */
  public ImmutableMap<LocalAuthority, Explanation> costShiftedByLocalAuthority(Iterable<Ehcp> plans) {
    return group(plans, Ehcp::localAuthority, la -> "Cost shifted to schools by plans maintained by " + la.name());
  }

  private <K> ImmutableMap<K, Explanation> group(
      Iterable<Ehcp> plans, Function<Ehcp, K> key, Function<K, String> rule) {
    Map<K, List<Explanation>> byKey = new LinkedHashMap<>();
    for (Ehcp plan : plans) {
      Explanation shifted = costShiftedToSchool(plan);
      K k = key.apply(plan);
      if (k != null && shifted.amount().orElseThrow().isPositive()) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(shifted);
      }
    }
    ImmutableMap.Builder<K, Explanation> out = ImmutableMap.builder();
    for (Map.Entry<K, List<Explanation>> en : byKey.entrySet()) {
      Explanation.Builder e = Explanation.builder().rule(rule.apply(en.getKey())).source(DUTY)
          .putInputs("plans shifting cost", Integer.toString(en.getValue().size()))
          .addAllChildren(en.getValue());
      Money total = Money.sum(en.getValue().stream().map(x -> x.amount().orElseThrow())::iterator);
      out.put(en.getKey(), e.amount(total).build());
    }
    return out.build();
  }
}

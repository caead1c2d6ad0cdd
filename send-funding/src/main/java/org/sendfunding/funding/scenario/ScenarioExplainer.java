package org.sendfunding.funding.scenario;

import java.math.BigDecimal;
import org.sendfunding.funding.certainty.SettlementEngine;
import org.sendfunding.funding.certainty.SettlementKind;
import org.sendfunding.funding.consistency.NationalBanding;
import org.sendfunding.funding.deficit.StatutoryOverride;
import org.sendfunding.funding.deficit.WriteOffKind;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.CheckedPence;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/** Builds the explanation of one figure of a {@link ScenarioResult} from the same arrays the loop wrote. */
final class ScenarioExplainer {

  private static final SourceReference OVERRIDE_SOURCE = SourceReference.of(
      "SI 2020/1212, regulation 30L (statutory override), as extended", "https://www.legislation.gov.uk/uksi/2020/1212/contents/made");

  private ScenarioExplainer() {}

  static Explanation explain(ScenarioResult r, int i, int t, Measure m) {
    CompiledScenario c = r.compiled();
    Projection p = r.projection();
    ParameterSet params = r.parameters();
    FinancialYear year = c.years.get(t);
    LocalAuthority la = c.authorities.get(i);
    long value = p.value(m, i, t);
    Explanation.Builder b = Explanation.builder()
        .rule(m.label() + " (" + la + ", " + year + ")")
        .result(ScenarioResult.print(m, value));
    if (m.unit() == MeasureUnit.GBP) {
      b.amount(Money.ofPence(value));
    }
    if (r.illustrative()) {
      b.putInputs("data", "panel " + r.scenario().dataset().name() + ": per-field provenance below");
    }
    // Where the LA's base-year figures behind this measure come from (real, derived or illustrative).
    org.sendfunding.funding.dataset.LocalAuthorityInputs row = r.scenario().dataset().inputs(la.code());
    for (String field : dataFields(m)) {
      b.putInputs("provenance of " + field, row.provenance(field).label());
    }
    long prevAlloc = t == 0 ? c.baseAllocation[i] : p.value(Measure.HIGH_NEEDS_ALLOCATION, i, t - 1);
    switch (m) {
      case HIGH_NEEDS_ALLOCATION:
      case INDICATIVE_ALLOCATION:
      case GUARANTEED_ALLOCATION: {
        boolean multi = c.settlement.kind() == SettlementKind.MULTI_YEAR;
        String rule = m == Measure.HIGH_NEEDS_ALLOCATION
            ? (multi ? "Multi-year settlement: formula result (last year's allocation × (1 + uplift + LA data change), held between floor and gains cap per head), never below the guaranteed minimum"
                : "Annual settlement: last year's allocation × (1 + uplift + LA data change), held between the floor and the gains cap per head of population aged 2-18")
            : m == Measure.INDICATIVE_ALLOCATION
                ? (multi ? "Indicative allocation published at the start of the settlement: its base allocation, indexed to inflation when the settlement says so" : "Known in advance under an annual settlement: last year's cash")
                : (multi ? "Guaranteed minimum: the settlement's base allocation × (1 + guaranteed minimum) for each year of the settlement" : "Guaranteed minimum under an annual settlement: the floor on last year's allocation");
        b.rule(rule + " (" + la + ", " + year + ")")
            .putInputs("previous allocation", Money.ofPence(prevAlloc).toString())
            .putInputs("LA data change", pct(c.shocks[i][t]))
            .putInputs("population aged 2-18", c.population[i][t] + " → " + c.population[i][t + 1])
            .addAllParameters(ScenarioResult.uses(params, year, ScenarioEngine.ALLOCATION_METHOD, ScenarioEngine.UPLIFT, ScenarioEngine.FLOOR, ScenarioEngine.CAP))
            .addAllParameters(c.settlement.parameterUses());
        break;
      }
      case BLOCK_TRANSFER: {
        long schools = c.schoolsBlock[i];
        for (int k = 0; k <= t; k++) {
          schools = SettlementEngine.timesMillionths(schools, SettlementEngine.ONE + c.inflation[k], "schools block", la, year);
        }
        b.rule("Block transfer: schools block × the smaller of the LA's requested share and the limit in force (" + la + ", " + year + ")")
            .putInputs("schools block (inflated)", Money.ofPence(schools).toString())
            .putInputs("requested share", pct(c.requestedTransfer[i]))
            .putInputs("limit", pct(c.transferLimit[t]))
            .addAllParameters(ScenarioResult.uses(params, year, ScenarioEngine.TRANSFER_LIMIT));
        break;
      }
      case SAFETY_VALVE:
        b.rule("Safety-valve instalments due this year, paid when their conditions are met (" + la + ", " + year + ")")
            .putInputs("conditions met (assumption)", String.valueOf(r.scenario().assumptions().safetyValveConditionsMet()))
            .putInputs("agreement", r.scenario().dataset().safetyValve(la.code()).map(a -> a.total() + " agreed " + a.agreedOn()).orElse("none"));
        break;
      case WRITE_OFF: {
        long atAccrual = c.accrualIndex < 0 ? c.openingBalance[i] : p.value(Measure.CLOSING_BALANCE, i, c.accrualIndex);
        b.rule("Government write-off (" + c.writeOff.kind().name().toLowerCase(java.util.Locale.ROOT) + "): share of the deficit accrued to "
                + c.writeOff.accruedTo() + ", paid in " + c.writeOff.paidIn() + (c.writeOff.requiresReformPlan() ? ", if a local SEND reform plan is approved" : "")
                + " (" + la + ", " + year + ")")
            .putInputs("balance at accrual date", Money.ofPence(atAccrual).toString())
            .putInputs("share", c.writeOff.kind() == WriteOffKind.NONE ? "0%" : pct(c.writeOff.shareMillionths()))
            .putInputs("reform plan approved", String.valueOf(c.reformPlan[i]))
            .addAllParameters(c.writeOff.parameterUses());
        break;
      }
      case TOTAL_INCOME:
        b.rule("Total income: allocation + block transfer + safety valve + write-off (" + la + ", " + year + ")");
        for (Measure part : new Measure[] {Measure.HIGH_NEEDS_ALLOCATION, Measure.BLOCK_TRANSFER, Measure.SAFETY_VALVE, Measure.WRITE_OFF}) {
          b.addChildren(explain(r, i, t, part));
        }
        break;
      case PLACEMENT_SPEND: {
        b.rule("Placement spend: pupils with EHC plans × unit cost, by setting type, costed at " + ScenarioResult.modeOf(params, year)
            + " (" + la + ", " + year + ")");
        b.addAllParameters(ScenarioResult.uses(params, year, NationalBanding.MODE));
        for (int s = 0; s < CompiledScenario.SETTINGS.length; s++) {
          long pupils = c.pupils[i][t][s];
          long cost = p.unitCost(i, t, s);
          if (pupils == 0) {
            continue;
          }
          Explanation.Builder child = Explanation.builder()
              .rule(CompiledScenario.SETTINGS[s].displayName() + ": pupils × unit cost (base-year cost inflated each year)")
              .amount(Money.ofPence(CheckedPence.times(cost, pupils, Measure.PLACEMENT_SPEND, la, year)))
              .putInputs("pupils", String.valueOf(pupils))
              .putInputs("unit cost", Money.ofPence(cost).toString())
              .putInputs("inflation a year", pct(c.inflation[t]));
          if (c.nationalBanding[t]) {
            child.addAllParameters(ScenarioResult.uses(params, year, NationalBanding.tariffPath(CompiledScenario.SETTINGS[s]), NationalBanding.AREA_COST_ADJUSTED));
          }
          b.addChildren(child.build());
        }
        break;
      }
      case OTHER_SPEND:
        b.rule("Other high-needs spend: the base year's figure inflated each year (" + la + ", " + year + ")")
            .putInputs("inflation a year", pct(c.inflation[t]));
        break;
      case TOTAL_SPEND:
      case NEEDS_LED_COST:
        b.rule((m == Measure.NEEDS_LED_COST ? "Needs-led cost of meeting every assessed need" : "Total spend") + ": placements + other high-needs spend (" + la + ", " + year + ")")
            .addChildren(explain(r, i, t, Measure.PLACEMENT_SPEND), explain(r, i, t, Measure.OTHER_SPEND));
        break;
      case OPENING_BALANCE:
        b.rule(t == 0 ? "Opening DSG balance: the dataset's balance at the end of the base year (" + la + ")"
            : "Opening DSG balance: last year's closing balance (" + la + ", " + year + ")");
        break;
      case IN_YEAR_BALANCE:
      case CLOSING_BALANCE:
        b.rule((m == Measure.CLOSING_BALANCE ? "Closing DSG balance: opening + income − spend" : "In-year balance: income − spend") + " (" + la + ", " + year + ")");
        if (m == Measure.CLOSING_BALANCE) {
          b.addChildren(explain(r, i, t, Measure.OPENING_BALANCE));
        }
        b.addChildren(explain(r, i, t, Measure.TOTAL_INCOME), negated(explain(r, i, t, Measure.TOTAL_SPEND)));
        break;
      case RING_FENCED_DEFICIT:
      case GENERAL_FUND_DEFICIT:
        b.rule((m == Measure.RING_FENCED_DEFICIT ? "Deficit held in the ring-fenced DSG account: the statutory override is in force at 31 March"
                : "Deficit outside the statutory override: it falls on the council's general fund or central government")
                + " (" + la + ", " + year + ")")
            .source(OVERRIDE_SOURCE)
            .putInputs("closing balance", Money.ofPence(p.value(Measure.CLOSING_BALANCE, i, t)).toString())
            .putInputs("override in force at " + year.end(), String.valueOf(c.ringFenced[t]));
        StatutoryOverride.DEFAULT.valueAtYearEnd(params, year).ifPresent(v -> b.addParameters(v.toUse()));
        break;
      case SUFFICIENCY_GAP:
        b.rule("Sufficiency gap: needs-led cost − (allocation + block transfer) (" + la + ", " + year + ")")
            .addChildren(explain(r, i, t, Measure.NEEDS_LED_COST), negated(explain(r, i, t, Measure.HIGH_NEEDS_ALLOCATION)),
                negated(explain(r, i, t, Measure.BLOCK_TRANSFER)));
        break;
      case EHCP_PUPILS: {
        boolean projected = r.scenario().assumptions().caseloadProjections().containsKey(la.code())
            && r.scenario().assumptions().caseloadProjections().get(la.code()).covers(year);
        b.rule((projected ? "Pupils with EHC plans from the demand projection" : "Pupils with EHC plans: last year's count by setting type × (1 + caseload growth)")
            + " (" + la + ", " + year + ")")
            .putInputs("caseload growth (assumption)", r.scenario().assumptions().caseloadGrowth().toString());
        for (int s = 0; s < CompiledScenario.SETTINGS.length; s++) {
          b.putInputs(CompiledScenario.SETTINGS[s].displayName(), String.valueOf(c.pupils[i][t][s]));
        }
        break;
      }
      case POPULATION_2_18:
        b.rule("Population aged 2-18: base year × (1 + population growth) each year (" + la + ", " + year + ")")
            .putInputs("population growth (assumption)", r.scenario().assumptions().populationGrowth().toString());
        break;
      case FUNDING_PER_HEAD_2_18:
      case FUNDING_PER_EHCP:
        b.rule(m.label() + ": allocation ÷ " + (m == Measure.FUNDING_PER_HEAD_2_18 ? "population aged 2-18" : "pupils with EHC plans")
                + ", half up to the penny (" + la + ", " + year + ")")
            .putInputs("allocation", Money.ofPence(p.value(Measure.HIGH_NEEDS_ALLOCATION, i, t)).toString())
            .putInputs(m == Measure.FUNDING_PER_HEAD_2_18 ? "population aged 2-18" : "pupils with EHC plans",
                String.valueOf(p.value(m == Measure.FUNDING_PER_HEAD_2_18 ? Measure.POPULATION_2_18 : Measure.EHCP_PUPILS, i, t)));
        break;
      default:
        throw new IllegalStateException("no explanation for " + m);
    }
    return b.build();
  }

  private static Explanation negated(Explanation e) {
    return Explanation.builder().rule("minus: " + e.rule()).amount(e.amount().orElse(Money.ZERO).negated()).addChildren(e).build();
  }

  private static String pct(long millionths) {
    return BigDecimal.valueOf(millionths, 4).stripTrailingZeros().toPlainString() + "%";
  }

  /** The panel columns a measure's base-year figures come from. */
  static java.util.List<String> dataFields(Measure m) {
    switch (m) {
      case HIGH_NEEDS_ALLOCATION:
      case INDICATIVE_ALLOCATION:
      case GUARANTEED_ALLOCATION:
      case FUNDING_PER_EHCP:
        return java.util.List.of("high_needs_allocation", "population_2_18");
      case BLOCK_TRANSFER:
        return java.util.List.of("schools_block", "requested_block_transfer_percent");
      case OTHER_SPEND:
        return java.util.List.of("other_high_needs_spend");
      case TOTAL_INCOME:
        return java.util.List.of("high_needs_allocation", "schools_block", "requested_block_transfer_percent");
      case TOTAL_SPEND:
      case IN_YEAR_BALANCE:
        return java.util.List.of("high_needs_allocation", "other_high_needs_spend");
      case OPENING_BALANCE:
      case CLOSING_BALANCE:
      case RING_FENCED_DEFICIT:
      case GENERAL_FUND_DEFICIT:
      case WRITE_OFF:
        return java.util.List.of("dsg_balance", "high_needs_allocation", "other_high_needs_spend");
      case NEEDS_LED_COST:
      case SUFFICIENCY_GAP:
        return java.util.List.of("high_needs_allocation");
      default:
        return java.util.List.of();
    }
  }
}

package org.sendfunding.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.deficit.DeficitLedger;
import org.sendfunding.model.deficit.InstalmentStatus;
import org.sendfunding.model.deficit.LedgerEntry;
import org.sendfunding.model.deficit.SafetyValveAgreement;
import org.sendfunding.model.deficit.SafetyValveInstalment;
import org.sendfunding.model.deficit.StatutoryOverridePeriod;
import org.sendfunding.model.dsg.BlockTransfer;
import org.sendfunding.model.dsg.DsgAllocation;
import org.sendfunding.model.dsg.HighNeedsBlock;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.ParameterUse;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.Pupil;
import org.sendfunding.model.pupil.SenProvision;
import org.sendfunding.model.setting.Phase;
import org.sendfunding.model.setting.Setting;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * Random valid values of every type {@link SendJson} covers, from a seed (QuickTheories supplies the
 * seeds, so a failure reports the seed that reproduces it).
 */
final class RandomValues {

  private static final List<LocalAuthority> LAS = LocalAuthorities.england().all();
  private final Random r;

  RandomValues(long seed) {
    this.r = new Random(seed);
  }

  Money money() {
    switch (r.nextInt(4)) {
      case 0: return Money.ofPence(r.nextLong());
      case 1: return Money.ZERO;
      default: return Money.ofPence(r.nextInt(2_000_000_000) - 1_000_000_000L);
    }
  }

  Money nonNegativeMoney() {
    return Money.ofPence(r.nextInt(2_000_000_000));
  }

  Rate rate() {
    return Rate.of(BigDecimal.valueOf(r.nextInt(2_000_000) - 1_000_000, r.nextInt(8)));
  }

  Percentage percentage() {
    return Percentage.of(BigDecimal.valueOf(r.nextInt(20_000), r.nextInt(4)));
  }

  FinancialYear year() {
    return FinancialYear.of(2000 + r.nextInt(60));
  }

  LocalDate date() {
    return LocalDate.of(2000, 1, 1).plusDays(r.nextInt(20_000));
  }

  LocalAuthority la() {
    return LAS.get(r.nextInt(LAS.size()));
  }

  String text() {
    String[] words = {"element 2", "top-up", "£6,000", "Quote \"this\"", "é ü ñ", "line\nbreak", "tab\t", "{json}"};
    return words[r.nextInt(words.length)] + r.nextInt(1000);
  }

  <E extends Enum<E>> E pick(Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[r.nextInt(all.length)];
  }

  SourceReference source() {
    SourceReference.Builder b = SourceReference.builder().title(text());
    if (r.nextBoolean()) {
      b.paragraph(text());
    }
    if (r.nextBoolean()) {
      b.href("https://example.org/" + r.nextInt(100));
    }
    return b.build();
  }

  ParameterUse parameterUse() {
    ParameterUse.Builder b = ParameterUse.builder().path("highneeds.nff." + r.nextInt(10)).value(text())
        .inForceFrom(date()).verified(r.nextBoolean());
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addReferences(source());
    }
    return b.build();
  }

  Explanation explanation(int depth) {
    Explanation.Builder b = Explanation.builder().rule(text());
    if (r.nextBoolean()) {
      b.source(source());
    }
    if (r.nextBoolean()) {
      b.amount(money());
    }
    if (r.nextBoolean()) {
      b.result(text());
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      b.putInputs("input " + i, text());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addParameters(parameterUse());
    }
    for (int i = depth > 0 ? r.nextInt(3) : 0; i > 0; i--) {
      b.addChildren(explanation(depth - 1));
    }
    return b.build();
  }

  Setting setting() {
    return Setting.builder().urn(100_000 + r.nextInt(900_000)).name(text()).localAuthority(la())
        .type(pick(SettingType.class)).phase(pick(Phase.class)).places(r.nextInt(400)).build();
  }

  Pupil pupil() {
    SenProvision sen = pick(SenProvision.class);
    Pupil.Builder b = Pupil.builder().id("P" + r.nextInt(1_000_000)).dateOfBirth(date())
        .nationalCurriculumYear(r.nextInt(15)).senProvision(sen).freeSchoolMeals(r.nextBoolean())
        .homeLocalAuthority(la());
    if (sen.hasSen()) {
      NeedType primary = pick(NeedType.class);
      if (primary == NeedType.NSA && sen != SenProvision.SEN_SUPPORT) {
        primary = NeedType.ASD; // NSA (no specialist assessment) is only recorded for SEN support
      }
      b.primaryNeed(primary);
      NeedType secondary = pick(NeedType.class);
      if (r.nextBoolean() && secondary != NeedType.NSA && secondary != primary) {
        b.secondaryNeed(secondary);
      }
    }
    if (r.nextBoolean()) {
      b.setting(setting());
    }
    return b.build();
  }

  HighNeedsBlock highNeedsBlock(LocalAuthority la, FinancialYear y) {
    HighNeedsBlock.Builder b = HighNeedsBlock.builder().localAuthority(la).financialYear(y);
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      b.putComponents("component " + i, nonNegativeMoney());
    }
    return b.build();
  }

  DsgAllocation dsg() {
    LocalAuthority la = la();
    FinancialYear y = year();
    return DsgAllocation.builder().localAuthority(la).financialYear(y).schoolsBlock(nonNegativeMoney())
        .centralSchoolServicesBlock(nonNegativeMoney()).highNeedsBlock(highNeedsBlock(la, y))
        .earlyYearsBlock(nonNegativeMoney()).build();
  }

  BlockTransfer blockTransfer() {
    Money block = Money.ofPence(1 + r.nextInt(2_000_000_000));
    return BlockTransfer.builder().localAuthority(la()).financialYear(year())
        .amount(Money.ofPence(r.nextInt((int) Math.min(block.pence(), Integer.MAX_VALUE))))
        .schoolsBlock(block).schoolsForumApproved(r.nextBoolean()).build();
  }

  LedgerEntry entry(FinancialYear y, Money opening) {
    LedgerEntry.Builder b = LedgerEntry.builder().financialYear(y).openingBalance(opening);
    for (int i = r.nextInt(3); i > 0; i--) {
      b.putIncome("income " + i, nonNegativeMoney());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.putSpend("spend " + i, nonNegativeMoney());
    }
    return b.build();
  }

  DeficitLedger ledger() {
    DeficitLedger.Builder b = DeficitLedger.builder().localAuthority(la());
    FinancialYear y = year();
    Money opening = Money.ofPence(r.nextInt(2_000_000_000) - 1_000_000_000L);
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      LedgerEntry e = entry(y, opening);
      b.addEntries(e);
      y = y.next();
      opening = e.closingBalance();
    }
    if (r.nextBoolean()) {
      b.statutoryOverride(StatutoryOverridePeriod.of(LocalDate.of(2020, 4, 1), LocalDate.of(2028, 3, 31),
          "SI 2020/1212"));
    }
    return b.build();
  }

  SafetyValveAgreement safetyValve() {
    SafetyValveAgreement.Builder b = SafetyValveAgreement.builder().localAuthority(la()).agreedOn(date());
    Money total = Money.ZERO;
    FinancialYear y = year();
    for (int i = 1 + r.nextInt(5); i > 0; i--) {
      Money amount = nonNegativeMoney();
      total = total.plus(amount);
      SafetyValveInstalment.Builder in = SafetyValveInstalment.builder().dueYear(y).amount(amount)
          .status(pick(InstalmentStatus.class));
      for (int c = r.nextInt(3); c > 0; c--) {
        in.addConditions(text());
      }
      b.addInstalments(in.build());
      y = y.next();
    }
    return b.total(total).build();
  }

  ParameterValue parameterValue() {
    switch (r.nextInt(7)) {
      case 0: return ParameterValue.of(money());
      case 1: return ParameterValue.of(percentage());
      case 2: return ParameterValue.of(rate());
      case 3: return ParameterValue.of((long) r.nextInt(1_000_000));
      case 4: return ParameterValue.of(date());
      case 5: return ParameterValue.ofRule("rule_" + r.nextInt(10));
      default: return ParameterValue.of(r.nextBoolean());
    }
  }

  ParameterOverlay overlay() {
    ParameterOverlay.Builder b = ParameterOverlay.builder().name(text());
    if (r.nextBoolean()) {
      b.description(text());
    }
    LocalDate from = date();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      if (r.nextInt(4) == 0) {
        b.end("path." + i, from);
      } else if (r.nextBoolean()) {
        b.override("path." + i, from, parameterValue());
      } else {
        b.override("path." + i, from, parameterValue(), from.plusYears(1));
      }
    }
    return b.build();
  }

  // ---- send-ehcp, send-accountability and send-funding types with builders ----

  /** Any double, including the edges JSON must carry: -0.0, NaN, infinities, subnormals, random bits. */
  double anyDouble() {
    switch (r.nextInt(8)) {
      case 0: return Double.NaN;
      case 1: return r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      case 2: return r.nextBoolean() ? -0.0 : Double.MIN_VALUE;
      case 3: return Double.longBitsToDouble(r.nextLong());
      default: return (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(12));
    }
  }

  org.sendfunding.ehcp.plan.ProvisionItem provisionItem() {
    org.sendfunding.ehcp.plan.PlanSection[] provision = {org.sendfunding.ehcp.plan.PlanSection.F,
        org.sendfunding.ehcp.plan.PlanSection.G, org.sendfunding.ehcp.plan.PlanSection.H1,
        org.sendfunding.ehcp.plan.PlanSection.H2};
    return org.sendfunding.ehcp.plan.ProvisionItem.builder().section(provision[r.nextInt(provision.length)])
        .description(text()).quantity(BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(4))).unit(text())
        .annualCost(nonNegativeMoney()).status(pick(org.sendfunding.ehcp.plan.ProvisionStatus.class)).build();
  }

  org.sendfunding.ehcp.projection.CaseloadSnapshot caseloadSnapshot() {
    org.sendfunding.ehcp.projection.CaseloadSnapshot.Builder b = org.sendfunding.ehcp.projection.CaseloadSnapshot
        .builder().year(2015 + r.nextInt(15));
    if (r.nextBoolean()) {
      b.localAuthority(la());
    }
    for (int i = r.nextInt(20); i > 0; i--) {
      NeedType need = pick(NeedType.class);
      b.putPupils(text() + "#" + i, org.sendfunding.ehcp.projection.CaseloadState.of(r.nextInt(15),
          need == NeedType.NSA ? NeedType.ASD : need, pick(SettingType.class))); // NSA is never a plan's need
    }
    return b.build();
  }

  org.sendfunding.accountability.cohort.School school() {
    return org.sendfunding.accountability.cohort.School.builder().urn(100_000 + r.nextInt(9_900_000)).name(text())
        .localAuthority(la()).type(pick(SettingType.class)).build();
  }

  org.sendfunding.accountability.progress8.Attainment8Slots attainment8Slots() {
    org.sendfunding.accountability.progress8.Attainment8Slots.Builder b =
        org.sendfunding.accountability.progress8.Attainment8Slots.builder().english(points())
            .englishDoubleWeighted(r.nextBoolean()).maths(points());
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addEbacc(points());
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addOpen(points());
    }
    return b.build();
  }

  private double points() {
    return r.nextInt(4) == 0 ? r.nextInt(10) : r.nextDouble() * 9;
  }

  org.sendfunding.accountability.comparison.SchoolMovement schoolMovement() {
    return org.sendfunding.accountability.comparison.SchoolMovement.builder().urn(100_000 + r.nextInt(900_000))
        .name(text()).baselineRank(anyDouble()).alternativeRank(anyDouble()).senShare(anyDouble())
        .special(r.nextBoolean()).build();
  }

  org.sendfunding.accountability.cva.CvaCoefficient cvaCoefficient() {
    return org.sendfunding.accountability.cva.CvaCoefficient.of(text(), anyDouble(), anyDouble());
  }

  org.sendfunding.funding.placeplus.Band band() {
    org.sendfunding.funding.placeplus.Band.Builder b = org.sendfunding.funding.placeplus.Band.builder().id(text());
    if (r.nextBoolean()) {
      b.group(text());
    }
    switch (r.nextInt(3)) {
      case 0: b.amount(nonNegativeMoney()); break;
      case 1: Money min = nonNegativeMoney(); b.minimum(min).maximum(min.plus(nonNegativeMoney())); break;
      default: break;
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addDescriptors(text());
    }
    return b.build();
  }

  org.sendfunding.funding.sufficiency.QueueInputs queueInputs() {
    org.sendfunding.funding.sufficiency.QueueInputs.Builder b = org.sendfunding.funding.sufficiency.QueueInputs.builder()
        .meanServiceWeeks(0.01 + r.nextDouble() * 20).limitWeeks(1 + r.nextInt(52)).seed(r.nextLong());
    for (int i = 1 + r.nextInt(10); i > 0; i--) {
      b.addArrivalsPerWeek(r.nextDouble() * 50).addServers(r.nextInt(30));
    }
    return b.build();
  }

  org.sendfunding.funding.sufficiency.ServiceInvestment serviceInvestment() {
    org.sendfunding.funding.sufficiency.ServiceInvestment.Builder b =
        org.sendfunding.funding.sufficiency.ServiceInvestment.builder()
            .service(pick(org.sendfunding.funding.sufficiency.SupportService.class)).from(year())
            .extraFte(1 + r.nextInt(20)).extraTrainingPlaces(r.nextInt(5));
    for (int i = r.nextInt(4); i > 0; i--) {
      b.addLaCodes(la().code());
    }
    return b.build();
  }
}

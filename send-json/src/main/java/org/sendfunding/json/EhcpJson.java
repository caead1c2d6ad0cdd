package org.sendfunding.json;

import static org.sendfunding.json.Codecs.*;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.LocalDate;
import org.sendfunding.ehcp.caseload.CaseloadReport;
import org.sendfunding.ehcp.caseload.Sen2Series;
import org.sendfunding.ehcp.caseload.YearMeasures;
import org.sendfunding.ehcp.plan.Ehcp;
import org.sendfunding.ehcp.plan.PersonalBudget;
import org.sendfunding.ehcp.plan.PlanSection;
import org.sendfunding.ehcp.plan.ProvisionItem;
import org.sendfunding.ehcp.plan.ProvisionStatus;
import org.sendfunding.ehcp.projection.CaseloadSnapshot;
import org.sendfunding.ehcp.projection.CaseloadState;
import org.sendfunding.ehcp.projection.CountInterval;
import org.sendfunding.ehcp.projection.PublishedCount;
import org.sendfunding.ehcp.projection.PublishedTable;
import org.sendfunding.ehcp.projection.PublishedTables;
import org.sendfunding.ehcp.projection.DemandProjection;
import org.sendfunding.ehcp.projection.ProjectedCount;
import org.sendfunding.ehcp.projection.ProjectionSettings;
import org.sendfunding.ehcp.projection.YearTransition;
import org.sendfunding.ehcp.timeline.CaseEvent;
import org.sendfunding.ehcp.timeline.Deadline;
import org.sendfunding.ehcp.timeline.DeadlineStatus;
import org.sendfunding.ehcp.timeline.Duty;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.EventType;
import org.sendfunding.ehcp.timeline.PeriodUnit;
import org.sendfunding.ehcp.timeline.PhaseTransfer;
import org.sendfunding.ehcp.timeline.StatutoryPeriod;
import org.sendfunding.ehcp.timeline.Timeline;
import org.sendfunding.ehcp.timeline.TimelineOptions;
import org.sendfunding.ehcp.timeline.TimescaleException;
import org.sendfunding.ehcp.timeline.TransferKind;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.setting.Setting;
import org.sendfunding.model.setting.SettingType;

/**
 * JSON descriptions of send-ehcp's value types: EHC plans, statutory timelines, caseload measures and demand projections.
 *
 * <p>Each type is one {@link RecordJson} description: its fields in accessor order, each with its
 * codec and the builder setter or factory argument that sets it; derived figures are written and
 * checked on reading.
 */
final class EhcpJson {

  private EhcpJson() {}

  static void register(SimpleModule m) {
    RecordJson.builder(CaseloadReport.class, CaseloadReport::builder, CaseloadReport.Builder::build)
        .field("asOf", CaseloadReport::asOf, value(LocalDate.class), CaseloadReport.Builder::asOf)
        .field("byYear", CaseloadReport::byYear, list(value(YearMeasures.class)), CaseloadReport.Builder::byYear)
        .field("byYearAndLocalAuthority", CaseloadReport::byYearAndLocalAuthority, list(value(YearMeasures.class)), CaseloadReport.Builder::byYearAndLocalAuthority)
        .field("national", CaseloadReport::national, named("england", Sen2Series.england()), CaseloadReport.Builder::national)
        .register(m);
    RecordJson.builder(YearMeasures.class, YearMeasures::builder, YearMeasures.Builder::build)
        .field("year", YearMeasures::year, INT, YearMeasures.Builder::year)
        .field("localAuthority", YearMeasures::localAuthority, optional(value(LocalAuthority.class)), YearMeasures.Builder::localAuthority)
        .field("requests", YearMeasures::requests, INT, YearMeasures.Builder::requests)
        .field("assessments", YearMeasures::assessments, INT, YearMeasures.Builder::assessments)
        .field("newPlans", YearMeasures::newPlans, INT, YearMeasures.Builder::newPlans)
        .field("newPlansWithin20Weeks", YearMeasures::newPlansWithin20Weeks, INT, YearMeasures.Builder::newPlansWithin20Weeks)
        .field("newPlansExcludingExceptions", YearMeasures::newPlansExcludingExceptions, INT, YearMeasures.Builder::newPlansExcludingExceptions)
        .field("newPlansWithin20WeeksExcludingExceptions", YearMeasures::newPlansWithin20WeeksExcludingExceptions, INT, YearMeasures.Builder::newPlansWithin20WeeksExcludingExceptions)
        .field("ceased", YearMeasures::ceased, INT, YearMeasures.Builder::ceased)
        .field("reviewsDue", YearMeasures::reviewsDue, INT, YearMeasures.Builder::reviewsDue)
        .field("reviewsOnTime", YearMeasures::reviewsOnTime, INT, YearMeasures.Builder::reviewsOnTime)
        .register(m);
    RecordJson.builder(Ehcp.class, Ehcp::builder, Ehcp.Builder::build)
        .field("id", Ehcp::id, STRING, Ehcp.Builder::id)
        .field("localAuthority", Ehcp::localAuthority, value(LocalAuthority.class), Ehcp.Builder::localAuthority)
        .field("issued", Ehcp::issued, value(LocalDate.class), Ehcp.Builder::issued)
        .field("sections", Ehcp::sections, map(enumKey(PlanSection.class), STRING), Ehcp.Builder::sections)
        .field("provision", Ehcp::provision, list(value(ProvisionItem.class)), Ehcp.Builder::provision)
        .field("namedSetting", Ehcp::namedSetting, optional(value(Setting.class)), Ehcp.Builder::namedSetting)
        .field("personalBudget", Ehcp::personalBudget, optional(value(PersonalBudget.class)), Ehcp.Builder::personalBudget)
        .register(m);
    RecordJson.factory(PersonalBudget.class, a -> PersonalBudget.of(a.get("amount"), a.get("directPayments")))
        .arg("amount", PersonalBudget::amount, value(Money.class))
        .arg("directPayments", PersonalBudget::directPayments, value(Money.class))
        .register(m);
    RecordJson.builder(ProvisionItem.class, ProvisionItem::builder, ProvisionItem.Builder::build)
        .field("section", ProvisionItem::section, value(PlanSection.class), ProvisionItem.Builder::section)
        .field("description", ProvisionItem::description, STRING, ProvisionItem.Builder::description)
        .field("quantity", ProvisionItem::quantity, DECIMAL, ProvisionItem.Builder::quantity)
        .field("unit", ProvisionItem::unit, STRING, ProvisionItem.Builder::unit)
        .field("annualCost", ProvisionItem::annualCost, value(Money.class), ProvisionItem.Builder::annualCost)
        .field("status", ProvisionItem::status, value(ProvisionStatus.class), ProvisionItem.Builder::status)
        .register(m);
    RecordJson.builder(CaseloadSnapshot.class, CaseloadSnapshot::builder, CaseloadSnapshot.Builder::build)
        .field("year", CaseloadSnapshot::year, INT, CaseloadSnapshot.Builder::year)
        .field("localAuthority", CaseloadSnapshot::localAuthority, optional(value(LocalAuthority.class)), CaseloadSnapshot.Builder::localAuthority)
        .field("pupils", CaseloadSnapshot::pupils, map(STRING_KEY, value(CaseloadState.class)), CaseloadSnapshot.Builder::pupils)
        .register(m);
    RecordJson.factory(CaseloadState.class, a -> CaseloadState.of(a.get("ncy"), a.get("need"), a.get("setting")))
        .arg("ncy", CaseloadState::ncy, INT)
        .arg("need", CaseloadState::need, value(NeedType.class))
        .arg("setting", CaseloadState::setting, value(SettingType.class))
        .register(m);
    // the calibration's published inputs; a Calibration itself is a computed result (JsonCoverageTest)
    RecordJson.factory(PublishedCount.class, a -> a.<java.util.OptionalLong>get("count").isPresent()
            ? PublishedCount.of(a.get("table"), a.get("laCode"), a.get("year"), a.get("key"),
                a.<java.util.OptionalLong>get("count").getAsLong(), a.get("source"))
            : PublishedCount.unavailable(a.get("table"), a.get("laCode"), a.get("year"), a.get("key"), a.get("source")))
        .arg("table", PublishedCount::table, value(PublishedTable.class))
        .arg("laCode", PublishedCount::laCode, INT)
        .arg("year", PublishedCount::year, INT)
        .arg("key", PublishedCount::key, STRING)
        .arg("count", PublishedCount::count, OPTIONAL_LONG)
        .arg("source", PublishedCount::source, STRING)
        .register(m);
    RecordJson.builder(PublishedTables.class, PublishedTables::builder, PublishedTables.Builder::build)
        .field("authorities", PublishedTables::authorities, list(value(LocalAuthority.class)), PublishedTables.Builder::authorities)
        .field("counts", PublishedTables::counts, list(value(PublishedCount.class)), PublishedTables.Builder::counts)
        .register(m);
    RecordJson.factory(CountInterval.class, a -> CountInterval.of(a.get("lower"), a.get("median"), a.get("upper"), a.get("mean")))
        .arg("lower", CountInterval::lower, INT)
        .arg("median", CountInterval::median, INT)
        .arg("upper", CountInterval::upper, INT)
        .arg("mean", CountInterval::mean, DOUBLE)
        .register(m);
    RecordJson.builder(DemandProjection.class, DemandProjection::builder, DemandProjection.Builder::build)
        .field("localAuthority", DemandProjection::localAuthority, optional(value(LocalAuthority.class)), DemandProjection.Builder::localAuthority)
        .field("baseYear", DemandProjection::baseYear, INT, DemandProjection.Builder::baseYear)
        .field("settings", DemandProjection::settings, value(ProjectionSettings.class), DemandProjection.Builder::settings)
        .field("cells", DemandProjection::cells, list(value(ProjectedCount.class)), DemandProjection.Builder::cells)
        .field("totals", DemandProjection::totals, sortedMap(INT_KEY, value(CountInterval.class)), DemandProjection.Builder::totals)
        .field("settingTotals", DemandProjection::settingTotals, sortedMap(INT_KEY, map(enumKey(SettingType.class), value(CountInterval.class))), DemandProjection.Builder::settingTotals)
        .register(m);
    RecordJson.factory(ProjectedCount.class, a -> ProjectedCount.of(a.get("year"), a.get("setting"), a.get("need"), a.get("count")))
        .arg("year", ProjectedCount::year, INT)
        .arg("setting", ProjectedCount::setting, value(SettingType.class))
        .arg("need", ProjectedCount::need, value(NeedType.class))
        .arg("count", ProjectedCount::count, value(CountInterval.class))
        .register(m);
    RecordJson.builder(ProjectionSettings.class, ProjectionSettings::builder, ProjectionSettings.Builder::build)
        .field("years", ProjectionSettings::years, INT, ProjectionSettings.Builder::years)
        .field("runs", ProjectionSettings::runs, INT, ProjectionSettings.Builder::runs)
        .field("seed", ProjectionSettings::seed, LONG, ProjectionSettings.Builder::seed)
        .field("lowerPercentile", ProjectionSettings::lowerPercentile, INT, ProjectionSettings.Builder::lowerPercentile)
        .field("upperPercentile", ProjectionSettings::upperPercentile, INT, ProjectionSettings.Builder::upperPercentile)
        .register(m);
    RecordJson.builder(YearTransition.class, YearTransition::builder, YearTransition.Builder::build)
        .field("fromYear", YearTransition::fromYear, INT, YearTransition.Builder::fromYear)
        .field("opening", YearTransition::opening, INT, YearTransition.Builder::opening)
        .field("joiners", YearTransition::joiners, INT, YearTransition.Builder::joiners)
        .field("leavers", YearTransition::leavers, INT, YearTransition.Builder::leavers)
        .field("movers", YearTransition::movers, INT, YearTransition.Builder::movers)
        .field("closing", YearTransition::closing, INT, YearTransition.Builder::closing)
        .register(m);
    RecordJson.factory(CaseEvent.class, a -> CaseEvent.of(a.get("type"), a.get("date")))
        .arg("type", CaseEvent::type, value(EventType.class))
        .arg("date", CaseEvent::date, value(LocalDate.class))
        .register(m);
    RecordJson.builder(Deadline.class, Deadline::builder, Deadline.Builder::build)
        .field("periodId", Deadline::periodId, STRING, Deadline.Builder::periodId)
        .field("trigger", Deadline::trigger, STRING, Deadline.Builder::trigger)
        .field("triggerDate", Deadline::triggerDate, value(LocalDate.class), Deadline.Builder::triggerDate)
        .field("due", Deadline::due, value(LocalDate.class), Deadline.Builder::due)
        .field("notBefore", Deadline::notBefore, BOOLEAN, Deadline.Builder::notBefore)
        .field("duty", Deadline::duty, value(Duty.class), Deadline.Builder::duty)
        .field("done", Deadline::done, optional(value(LocalDate.class)), Deadline.Builder::done)
        .field("status", Deadline::status, value(DeadlineStatus.class), Deadline.Builder::status)
        .field("daysMissedBy", Deadline::daysMissedBy, LONG, Deadline.Builder::daysMissedBy)
        .field("exceptionApplies", Deadline::exceptionApplies, BOOLEAN, Deadline.Builder::exceptionApplies)
        .field("guidance", Deadline::guidance, BOOLEAN, Deadline.Builder::guidance)
        .field("explanation", Deadline::explanation, value(Explanation.class), Deadline.Builder::explanation)
        .register(m);
    RecordJson.builder(EhcpCase.class, EhcpCase::builder, EhcpCase.Builder::build)
        .field("id", EhcpCase::id, STRING, EhcpCase.Builder::id)
        .field("localAuthority", EhcpCase::localAuthority, value(LocalAuthority.class), EhcpCase.Builder::localAuthority)
        .field("requestReceived", EhcpCase::requestReceived, value(LocalDate.class), EhcpCase.Builder::requestReceived)
        .field("dateOfBirth", EhcpCase::dateOfBirth, optional(value(LocalDate.class)), EhcpCase.Builder::dateOfBirth)
        .field("events", EhcpCase::events, list(value(CaseEvent.class)), EhcpCase.Builder::events)
        .field("exceptions", EhcpCase::exceptions, set(value(TimescaleException.class)), EhcpCase.Builder::exceptions)
        .field("transfers", EhcpCase::transfers, list(value(PhaseTransfer.class)), EhcpCase.Builder::transfers)
        .derived("history", EhcpCase::history, list(value(CaseEvent.class)))
        .register(m);
    RecordJson.factory(PhaseTransfer.class, a -> PhaseTransfer.of(a.get("kind"), a.get("transferDate")))
        .arg("kind", PhaseTransfer::kind, value(TransferKind.class))
        .arg("transferDate", PhaseTransfer::transferDate, value(LocalDate.class))
        .register(m);
    RecordJson.builder(StatutoryPeriod.class, StatutoryPeriod::builder, StatutoryPeriod.Builder::build)
        .field("id", StatutoryPeriod::id, STRING, StatutoryPeriod.Builder::id)
        .field("amount", StatutoryPeriod::amount, INT, StatutoryPeriod.Builder::amount)
        .field("unit", StatutoryPeriod::unit, value(PeriodUnit.class), StatutoryPeriod.Builder::unit)
        .field("fixedDay", StatutoryPeriod::fixedDay, optional(MONTH_DAY), StatutoryPeriod.Builder::fixedDay)
        .field("firstDayCounts", StatutoryPeriod::firstDayCounts, BOOLEAN, StatutoryPeriod.Builder::firstDayCounts)
        .field("tribunalHolidayShift", StatutoryPeriod::tribunalHolidayShift, BOOLEAN, StatutoryPeriod.Builder::tribunalHolidayShift)
        .field("exceptionsApply", StatutoryPeriod::exceptionsApply, BOOLEAN, StatutoryPeriod.Builder::exceptionsApply)
        .field("guidance", StatutoryPeriod::guidance, BOOLEAN, StatutoryPeriod.Builder::guidance)
        .field("rule", StatutoryPeriod::rule, STRING, StatutoryPeriod.Builder::rule)
        .field("source", StatutoryPeriod::source, value(SourceReference.class), StatutoryPeriod.Builder::source)
        .field("inForce", StatutoryPeriod::inForce, value(LocalDate.class), StatutoryPeriod.Builder::inForce)
        .field("verified", StatutoryPeriod::verified, BOOLEAN, StatutoryPeriod.Builder::verified)
        .register(m);
    RecordJson.builder(Timeline.class, Timeline::builder, Timeline.Builder::build)
        .field("ehcpCase", Timeline::ehcpCase, value(EhcpCase.class), Timeline.Builder::ehcpCase)
        .field("asOf", Timeline::asOf, value(LocalDate.class), Timeline.Builder::asOf)
        .field("deadlines", Timeline::deadlines, list(value(Deadline.class)), Timeline.Builder::deadlines)
        .register(m);
  
    // the default is statutory reviews only; under-5 reviews are guidance (Code of Practice 9.178)
    RecordJson.factory(TimelineOptions.class, a -> a.<java.util.OptionalInt>get("underFiveReviewMonths").isPresent()
            ? TimelineOptions.withUnderFiveReviewMonths(a.<java.util.OptionalInt>get("underFiveReviewMonths").getAsInt())
            : TimelineOptions.statutoryOnly())
        .arg("underFiveReviewMonths", TimelineOptions::underFiveReviewMonths, OPTIONAL_INT)
        .register(m);
  }
}

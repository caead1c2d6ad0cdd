package org.sendfunding.json;

import static org.sendfunding.json.Codecs.*;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.sendfunding.ehcp.timeline.TimelineEngine;
import org.sendfunding.funding.certainty.CertaintyMeasures;
import org.sendfunding.funding.certainty.GuaranteeBasis;
import org.sendfunding.funding.certainty.SettlementKind;
import org.sendfunding.funding.certainty.SettlementPolicy;
import org.sendfunding.funding.consistency.DistributionMeasures;
import org.sendfunding.funding.dataset.SettingCaseload;
import org.sendfunding.funding.dataset.CaseloadProjection;
import org.sendfunding.funding.dataset.DatasetLimits;
import org.sendfunding.funding.dataset.FieldProvenance;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.dataset.OtherPlacement;
import org.sendfunding.funding.dataset.LocalAuthorityInputs;
import org.sendfunding.funding.dataset.NationalFigure;
import org.sendfunding.funding.dataset.NationalSeries;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.funding.deficit.WriteOffKind;
import org.sendfunding.funding.deficit.WriteOffPolicy;
import org.sendfunding.funding.dsg.BlockTransferDecision;
import org.sendfunding.funding.highneeds.AllocationMethod;
import org.sendfunding.funding.highneeds.HighNeedsAllocation;
import org.sendfunding.funding.highneeds.HighNeedsNffInput;
import org.sendfunding.funding.highneeds.HighNeedsNffNational;
import org.sendfunding.funding.highneeds.HighNeedsNffResult;
import org.sendfunding.funding.highneeds.ProxyFactor;
import org.sendfunding.funding.parameter.Parameter;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ParameterUnit;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.funding.parameter.ValueInForce;
import org.sendfunding.funding.placeplus.Band;
import org.sendfunding.funding.placeplus.HighNeedsSpend;
import org.sendfunding.funding.placeplus.LocalBanding;
import org.sendfunding.funding.placeplus.NotionalSenFormula;
import org.sendfunding.funding.placeplus.PupilFunding;
import org.sendfunding.funding.placeplus.PupilGap;
import org.sendfunding.funding.placeplus.PupilPlacement;
import org.sendfunding.funding.placeplus.SchoolFundingGap;
import org.sendfunding.funding.placeplus.TopUpBasis;
import org.sendfunding.funding.scenario.Assumptions;
import org.sendfunding.funding.scenario.Scenario;
import org.sendfunding.funding.scenario.ScenarioResult;
import org.sendfunding.funding.scenario.ScenarioComparison;
import org.sendfunding.funding.scenario.ScenarioVariant;
import org.sendfunding.funding.sufficiency.CapitalProject;
import org.sendfunding.funding.sufficiency.PlaceSupply;
import org.sendfunding.funding.sufficiency.PlacesResult;
import org.sendfunding.funding.sufficiency.PlacementYear;
import org.sendfunding.funding.sufficiency.PlacesScenario;
import org.sendfunding.funding.sufficiency.QueueInputs;
import org.sendfunding.funding.sufficiency.ServiceCapacity;
import org.sendfunding.funding.sufficiency.ServiceInvestment;
import org.sendfunding.funding.sufficiency.ServiceYear;
import org.sendfunding.funding.sufficiency.ServicesResult;
import org.sendfunding.funding.sufficiency.ServicesScenario;
import org.sendfunding.funding.sufficiency.SufficiencyData;
import org.sendfunding.funding.sufficiency.SupportService;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.deficit.SafetyValveAgreement;
import org.sendfunding.model.dsg.BlockTransfer;
import org.sendfunding.model.dsg.TransferApprovalRoute;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.ParameterUse;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * JSON descriptions of send-funding's value types: the funding engines' inputs and results: high-needs NFF, place-plus, DSG, deficits, certainty, consistency, datasets, scenarios and sufficiency.
 *
 * <p>Each type is one {@link RecordJson} description: its fields in accessor order, each with its
 * codec and the builder setter or factory argument that sets it; derived figures are written and
 * checked on reading.
 */
final class FundingJson {

  private FundingJson() {}

  static void register(SimpleModule m) {
    RecordJson.factory(CertaintyMeasures.class, a -> CertaintyMeasures.of(a.get("meanChange"), a.get("volatility"), a.get("meanAbsoluteSurprise")))
        .arg("meanChange", CertaintyMeasures::meanChange, DOUBLE)
        .arg("volatility", CertaintyMeasures::volatility, DOUBLE)
        .arg("meanAbsoluteSurprise", CertaintyMeasures::meanAbsoluteSurprise, DOUBLE)
        .register(m);
    RecordJson.builder(SettlementPolicy.class, SettlementPolicy::builder, SettlementPolicy.Builder::build)
        .field("kind", SettlementPolicy::kind, value(SettlementKind.class), SettlementPolicy.Builder::kind)
        .field("length", SettlementPolicy::length, INT, SettlementPolicy.Builder::length)
        .field("guaranteedMinimumMillionths", SettlementPolicy::guaranteedMinimumMillionths, LONG, SettlementPolicy.Builder::guaranteedMinimumMillionths)
        .field("basis", SettlementPolicy::basis, value(GuaranteeBasis.class), SettlementPolicy.Builder::basis)
        .field("indexedToInflation", SettlementPolicy::indexedToInflation, BOOLEAN, SettlementPolicy.Builder::indexedToInflation)
        .field("parameterUses", SettlementPolicy::parameterUses, list(value(ParameterUse.class)), SettlementPolicy.Builder::parameterUses)
        .register(m);
    RecordJson.factory(DistributionMeasures.class, a -> DistributionMeasures.of(a.get("count"), a.get("mean"), a.get("coefficientOfVariation"), a.get("gini"), a.get("p90OverP10"), a.get("maxOverMin")))
        .arg("count", DistributionMeasures::count, INT)
        .arg("mean", DistributionMeasures::mean, DOUBLE)
        .arg("coefficientOfVariation", DistributionMeasures::coefficientOfVariation, DOUBLE)
        .arg("gini", DistributionMeasures::gini, DOUBLE)
        .arg("p90OverP10", DistributionMeasures::p90OverP10, DOUBLE)
        .arg("maxOverMin", DistributionMeasures::maxOverMin, DOUBLE)
        .register(m);
    RecordJson.builder(SettingCaseload.class, SettingCaseload::builder, SettingCaseload.Builder::build)
        .field("localAuthority", SettingCaseload::localAuthority, value(LocalAuthority.class), SettingCaseload.Builder::localAuthority)
        .field("baseYear", SettingCaseload::baseYear, value(FinancialYear.class), SettingCaseload.Builder::baseYear)
        .field("provenance", SettingCaseload::provenance, value(Provenance.class), SettingCaseload.Builder::provenance)
        .field("pupils", SettingCaseload::pupils, map(enumKey(SettingType.class), LONG), SettingCaseload.Builder::pupils)
        .field("unitCosts", SettingCaseload::unitCosts, map(enumKey(SettingType.class), value(Money.class)), SettingCaseload.Builder::unitCosts)
        .field("otherPlacements", SettingCaseload::otherPlacements, map(enumKey(OtherPlacement.class), LONG), SettingCaseload.Builder::otherPlacements)
        .field("fieldProvenance", SettingCaseload::fieldProvenance, map(STRING_KEY, value(FieldProvenance.class)), SettingCaseload.Builder::fieldProvenance)
        .register(m);
    RecordJson.builder(CaseloadProjection.class, CaseloadProjection::builder, CaseloadProjection.Builder::build)
        .field("localAuthority", CaseloadProjection::localAuthority, value(LocalAuthority.class), CaseloadProjection.Builder::localAuthority)
        .field("years", CaseloadProjection::years, sortedMap(FINANCIAL_YEAR_KEY, map(enumKey(SettingType.class), LONG)), CaseloadProjection.Builder::years)
        .register(m);
    RecordJson.factory(DatasetLimits.class, a -> DatasetLimits.of(a.get("maxCharacters"), a.get("maxRows"), a.get("maxFieldLength")))
        .arg("maxCharacters", DatasetLimits::maxCharacters, LONG)
        .arg("maxRows", DatasetLimits::maxRows, INT)
        .arg("maxFieldLength", DatasetLimits::maxFieldLength, INT)
        .register(m);
    RecordJson.builder(FundingDataset.class, FundingDataset::builder, FundingDataset.Builder::build)
        .field("name", FundingDataset::name, STRING, FundingDataset.Builder::name)
        .field("nationalSeries", FundingDataset::nationalSeries, value(NationalSeries.class), FundingDataset.Builder::nationalSeries)
        .field("panel", FundingDataset::panel, list(value(LocalAuthorityInputs.class)), FundingDataset.Builder::panel)
        .field("caseloads", FundingDataset::caseloads, map(INT_KEY, value(SettingCaseload.class)), FundingDataset.Builder::caseloads)
        .field("safetyValves", FundingDataset::safetyValves, map(INT_KEY, value(SafetyValveAgreement.class)), FundingDataset.Builder::safetyValves)
        .derived("illustrative", FundingDataset::illustrative, BOOLEAN)
        .register(m);
    RecordJson.builder(LocalAuthorityInputs.class, LocalAuthorityInputs::builder, LocalAuthorityInputs.Builder::build)
        .field("localAuthority", LocalAuthorityInputs::localAuthority, value(LocalAuthority.class), LocalAuthorityInputs.Builder::localAuthority)
        .field("baseYear", LocalAuthorityInputs::baseYear, value(FinancialYear.class), LocalAuthorityInputs.Builder::baseYear)
        .field("provenance", LocalAuthorityInputs::provenance, value(Provenance.class), LocalAuthorityInputs.Builder::provenance)
        .field("realFields", LocalAuthorityInputs::realFields, set(STRING), LocalAuthorityInputs.Builder::realFields)
        .field("derivedFields", LocalAuthorityInputs::derivedFields, set(STRING), LocalAuthorityInputs.Builder::derivedFields)
        .field("fieldProvenance", LocalAuthorityInputs::fieldProvenance, map(STRING_KEY, value(FieldProvenance.class)), LocalAuthorityInputs.Builder::fieldProvenance)
        .field("population2To18", LocalAuthorityInputs::population2To18, LONG, LocalAuthorityInputs.Builder::population2To18)
        .field("freeSchoolMeals", LocalAuthorityInputs::freeSchoolMeals, LONG, LocalAuthorityInputs.Builder::freeSchoolMeals)
        .field("idaci", LocalAuthorityInputs::idaci, LONG, LocalAuthorityInputs.Builder::idaci)
        .field("ks2LowAttainment", LocalAuthorityInputs::ks2LowAttainment, LONG, LocalAuthorityInputs.Builder::ks2LowAttainment)
        .field("ks4LowAttainment", LocalAuthorityInputs::ks4LowAttainment, LONG, LocalAuthorityInputs.Builder::ks4LowAttainment)
        .field("childrenInBadHealth", LocalAuthorityInputs::childrenInBadHealth, LONG, LocalAuthorityInputs.Builder::childrenInBadHealth)
        .field("disabilityLivingAllowance", LocalAuthorityInputs::disabilityLivingAllowance, LONG, LocalAuthorityInputs.Builder::disabilityLivingAllowance)
        .field("specialSchoolPupils", LocalAuthorityInputs::specialSchoolPupils, LONG, LocalAuthorityInputs.Builder::specialSchoolPupils)
        .field("historicSpend", LocalAuthorityInputs::historicSpend, value(Money.class), LocalAuthorityInputs.Builder::historicSpend)
        .field("areaCostAdjustment", LocalAuthorityInputs::areaCostAdjustment, value(Rate.class), LocalAuthorityInputs.Builder::areaCostAdjustment)
        .field("netImportedPupils", LocalAuthorityInputs::netImportedPupils, LONG, LocalAuthorityInputs.Builder::netImportedPupils)
        .field("hospitalEducation", LocalAuthorityInputs::hospitalEducation, value(Money.class), LocalAuthorityInputs.Builder::hospitalEducation)
        .field("previousAllocation", LocalAuthorityInputs::previousAllocation, value(Money.class), LocalAuthorityInputs.Builder::previousAllocation)
        .field("highNeedsAllocation", LocalAuthorityInputs::highNeedsAllocation, value(Money.class), LocalAuthorityInputs.Builder::highNeedsAllocation)
        .field("schoolsBlock", LocalAuthorityInputs::schoolsBlock, value(Money.class), LocalAuthorityInputs.Builder::schoolsBlock)
        .field("requestedBlockTransfer", LocalAuthorityInputs::requestedBlockTransfer, value(Percentage.class), LocalAuthorityInputs.Builder::requestedBlockTransfer)
        .field("otherHighNeedsSpend", LocalAuthorityInputs::otherHighNeedsSpend, value(Money.class), LocalAuthorityInputs.Builder::otherHighNeedsSpend)
        .field("dsgBalance", LocalAuthorityInputs::dsgBalance, value(Money.class), LocalAuthorityInputs.Builder::dsgBalance)
        .register(m);
    RecordJson.builder(FieldProvenance.class, FieldProvenance::builder, FieldProvenance.Builder::build)
        .field("provenance", FieldProvenance::provenance, value(Provenance.class), FieldProvenance.Builder::provenance)
        .field("source", FieldProvenance::source, optional(value(SourceReference.class)), FieldProvenance.Builder::source)
        .field("period", FieldProvenance::period, optional(STRING), FieldProvenance.Builder::period)
        .field("rule", FieldProvenance::rule, STRING, FieldProvenance.Builder::rule)
        .derived("label", FieldProvenance::label, STRING)
        .register(m);
    RecordJson.builder(NationalFigure.class, NationalFigure::builder, NationalFigure.Builder::build)
        .field("measure", NationalFigure::measure, STRING, NationalFigure.Builder::measure)
        .field("period", NationalFigure::period, STRING, NationalFigure.Builder::period)
        .field("value", NationalFigure::value, DECIMAL, NationalFigure.Builder::value)
        .field("unit", NationalFigure::unit, STRING, NationalFigure.Builder::unit)
        .field("source", NationalFigure::source, value(SourceReference.class), NationalFigure.Builder::source)
        .field("note", NationalFigure::note, optional(STRING), NationalFigure.Builder::note)
        .register(m);
    RecordJson.factory(NationalSeries.class, a -> NationalSeries.of(a.get("figures")))
        .arg("figures", NationalSeries::figures, list(value(NationalFigure.class)))
        .register(m);
    RecordJson.builder(WriteOffPolicy.class, WriteOffPolicy::builder, WriteOffPolicy.Builder::build)
        .field("kind", WriteOffPolicy::kind, value(WriteOffKind.class), WriteOffPolicy.Builder::kind)
        .field("shareMillionths", WriteOffPolicy::shareMillionths, LONG, WriteOffPolicy.Builder::shareMillionths)
        .field("accruedTo", WriteOffPolicy::accruedTo, value(LocalDate.class), WriteOffPolicy.Builder::accruedTo)
        .field("paidIn", WriteOffPolicy::paidIn, value(FinancialYear.class), WriteOffPolicy.Builder::paidIn)
        .field("requiresReformPlan", WriteOffPolicy::requiresReformPlan, BOOLEAN, WriteOffPolicy.Builder::requiresReformPlan)
        .field("parameterUses", WriteOffPolicy::parameterUses, list(value(ParameterUse.class)), WriteOffPolicy.Builder::parameterUses)
        .register(m);
    RecordJson.builder(BlockTransferDecision.class, BlockTransferDecision::builder, BlockTransferDecision.Builder::build)
        .field("transfer", BlockTransferDecision::transfer, value(BlockTransfer.class), BlockTransferDecision.Builder::transfer)
        .field("limit", BlockTransferDecision::limit, value(Percentage.class), BlockTransferDecision.Builder::limit)
        .field("share", BlockTransferDecision::share, value(Percentage.class), BlockTransferDecision.Builder::share)
        .field("route", BlockTransferDecision::route, value(TransferApprovalRoute.class), BlockTransferDecision.Builder::route)
        .field("reason", BlockTransferDecision::reason, STRING, BlockTransferDecision.Builder::reason)
        .field("explanation", BlockTransferDecision::explanation, value(Explanation.class), BlockTransferDecision.Builder::explanation)
        .register(m);
    RecordJson.writeOnly(HighNeedsAllocation.class,
            "an allocation is a view over the engine's working figures; re-run HighNeedsNff.DEFAULT.allocate with the same inputs to get it back")
        .derived("localAuthority", HighNeedsAllocation::localAuthority, value(LocalAuthority.class))
        .derived("financialYear", HighNeedsAllocation::financialYear, value(FinancialYear.class))
        .derived("method", HighNeedsAllocation::method, value(AllocationMethod.class))
        .derived("basicEntitlement", HighNeedsAllocation::basicEntitlement, value(Money.class))
        .derived("historicSpend", HighNeedsAllocation::historicSpend, value(Money.class))
        .derived("importExport", HighNeedsAllocation::importExport, value(Money.class))
        .derived("preFloorTotal", HighNeedsAllocation::preFloorTotal, value(Money.class))
        .derived("floorAdjustment", HighNeedsAllocation::floorAdjustment, value(Money.class))
        .derived("rolledOver", HighNeedsAllocation::rolledOver, value(Money.class))
        .derived("rolledInGrants", HighNeedsAllocation::rolledInGrants, value(Money.class))
        .derived("finalAllocation", HighNeedsAllocation::finalAllocation, value(Money.class))
        .derived("proxyFactors", HighNeedsAllocation::proxyFactors, map(enumKey(ProxyFactor.class), value(Money.class)))
        .derived("additions", HighNeedsAllocation::additions, map(STRING_KEY, value(Money.class)))
        .derived("perHeadChange", HighNeedsAllocation::perHeadChange, optional(value(Percentage.class)))
        .derived("explanation", HighNeedsAllocation::explanation, value(Explanation.class))
        .register(m);
    RecordJson.builder(HighNeedsNffInput.class, HighNeedsNffInput::builder, HighNeedsNffInput.Builder::build)
        .field("localAuthority", HighNeedsNffInput::localAuthority, value(LocalAuthority.class), HighNeedsNffInput.Builder::localAuthority)
        .field("population2To18", HighNeedsNffInput::population2To18, LONG, HighNeedsNffInput.Builder::population2To18)
        .field("proxyIndicators", HighNeedsNffInput::proxyIndicators, map(enumKey(ProxyFactor.class), LONG), HighNeedsNffInput.Builder::proxyIndicators)
        .field("specialSchoolPupils", HighNeedsNffInput::specialSchoolPupils, LONG, HighNeedsNffInput.Builder::specialSchoolPupils)
        .field("historicSpendBaseline", HighNeedsNffInput::historicSpendBaseline, value(Money.class), HighNeedsNffInput.Builder::historicSpendBaseline)
        .field("areaCostAdjustment", HighNeedsNffInput::areaCostAdjustment, value(Rate.class), HighNeedsNffInput.Builder::areaCostAdjustment)
        .field("netImportedPupils", HighNeedsNffInput::netImportedPupils, LONG, HighNeedsNffInput.Builder::netImportedPupils)
        .field("additions", HighNeedsNffInput::additions, map(STRING_KEY, value(Money.class)), HighNeedsNffInput.Builder::additions)
        .field("floorBaselineYear", HighNeedsNffInput::floorBaselineYear, value(FinancialYear.class), HighNeedsNffInput.Builder::floorBaselineYear)
        .field("floorBaseline", HighNeedsNffInput::floorBaseline, value(Money.class), HighNeedsNffInput.Builder::floorBaseline)
        .field("floorBaselinePopulation2To18", HighNeedsNffInput::floorBaselinePopulation2To18, LONG, HighNeedsNffInput.Builder::floorBaselinePopulation2To18)
        .field("previousAllocation", HighNeedsNffInput::previousAllocation, optional(value(Money.class)), HighNeedsNffInput.Builder::previousAllocation)
        .field("rolledInGrants", HighNeedsNffInput::rolledInGrants, optional(value(Money.class)), HighNeedsNffInput.Builder::rolledInGrants)
        .field("inputSources", HighNeedsNffInput::inputSources, map(STRING_KEY, STRING), HighNeedsNffInput.Builder::inputSources)
        .register(m);
    RecordJson.builder(HighNeedsNffNational.class, HighNeedsNffNational::builder, HighNeedsNffNational.Builder::build)
        .field("proxyFactorPot", HighNeedsNffNational::proxyFactorPot, value(Money.class), HighNeedsNffNational.Builder::proxyFactorPot)
        .field("acaWeightedIndicatorTotals", HighNeedsNffNational::acaWeightedIndicatorTotals, map(enumKey(ProxyFactor.class), DECIMAL), HighNeedsNffNational.Builder::acaWeightedIndicatorTotals)
        .register(m);
    RecordJson.writeOnly(HighNeedsNffResult.class,
            "its allocations are views over the engine's working figures; re-run HighNeedsNff.DEFAULT.allocate with the same inputs to get it back")
        .derived("financialYear", HighNeedsNffResult::financialYear, value(FinancialYear.class))
        .derived("method", HighNeedsNffResult::method, value(AllocationMethod.class))
        .derived("allocations", HighNeedsNffResult::allocations, list(value(HighNeedsAllocation.class)))
        .derived("gainsCapApplied", HighNeedsNffResult::gainsCapApplied, optional(value(Percentage.class)))
        .derived("gainsCapSearched", HighNeedsNffResult::gainsCapSearched, BOOLEAN)
        .derived("total", HighNeedsNffResult::total, value(Money.class))
        .register(m);
    RecordJson.builder(Parameter.class, Parameter::builder, Parameter.Builder::build)
        .field("path", Parameter::path, STRING, Parameter.Builder::path)
        .field("description", Parameter::description, STRING, Parameter.Builder::description)
        .field("unit", Parameter::unit, value(ParameterUnit.class), Parameter.Builder::unit)
        .field("verified", Parameter::verified, BOOLEAN, Parameter.Builder::verified)
        .field("note", Parameter::note, optional(STRING), Parameter.Builder::note)
        .field("references", Parameter::references, list(value(SourceReference.class)), Parameter.Builder::references)
        .field("values", Parameter::values, sortedMap(DATE_KEY, optional(value(ParameterValue.class))), Parameter.Builder::values)
        .field("valueVerified", Parameter::valueVerified, sortedMap(DATE_KEY, BOOLEAN), Parameter.Builder::valueVerified)
        .register(m);
    RecordJson.factory(ValueInForce.class, a -> ValueInForce.of(a.get("parameter"), a.get("value"), a.get("inForceFrom")))
        .arg("parameter", ValueInForce::parameter, value(Parameter.class))
        .arg("value", ValueInForce::value, value(ParameterValue.class))
        .arg("inForceFrom", ValueInForce::inForceFrom, value(LocalDate.class))
        .derived("toUse", ValueInForce::toUse, value(ParameterUse.class))
        .register(m);
    RecordJson.builder(Band.class, Band::builder, Band.Builder::build)
        .field("id", Band::id, STRING, Band.Builder::id)
        .field("group", Band::group, optional(STRING), Band.Builder::group)
        .field("amount", Band::amount, optional(value(Money.class)), Band.Builder::amount)
        .field("minimum", Band::minimum, optional(value(Money.class)), Band.Builder::minimum)
        .field("maximum", Band::maximum, optional(value(Money.class)), Band.Builder::maximum)
        .field("descriptors", Band::descriptors, list(STRING), Band.Builder::descriptors)
        .register(m);
    RecordJson.builder(HighNeedsSpend.class, HighNeedsSpend::builder, HighNeedsSpend.Builder::build)
        .field("places", HighNeedsSpend::places, map(enumKey(SettingType.class), value(Money.class)), HighNeedsSpend.Builder::places)
        .field("topUps", HighNeedsSpend::topUps, map(enumKey(SettingType.class), value(Money.class)), HighNeedsSpend.Builder::topUps)
        .field("fees", HighNeedsSpend::fees, map(enumKey(SettingType.class), value(Money.class)), HighNeedsSpend.Builder::fees)
        .field("pupils", HighNeedsSpend::pupils, map(enumKey(SettingType.class), LONG), HighNeedsSpend.Builder::pupils)
        .field("explanation", HighNeedsSpend::explanation, value(Explanation.class), HighNeedsSpend.Builder::explanation)
        .register(m);
    RecordJson.builder(LocalBanding.class, LocalBanding::builder, LocalBanding.Builder::build)
        .field("authority", LocalBanding::authority, STRING, LocalBanding.Builder::authority)
        .field("description", LocalBanding::description, STRING, LocalBanding.Builder::description)
        .field("verified", LocalBanding::verified, BOOLEAN, LocalBanding.Builder::verified)
        .field("note", LocalBanding::note, optional(STRING), LocalBanding.Builder::note)
        .field("references", LocalBanding::references, list(value(SourceReference.class)), LocalBanding.Builder::references)
        .field("bands", LocalBanding::bands, list(value(Band.class)), LocalBanding.Builder::bands)
        .register(m);
    RecordJson.builder(NotionalSenFormula.class, NotionalSenFormula::builder, NotionalSenFormula.Builder::build)
        .field("authority", NotionalSenFormula::authority, STRING, NotionalSenFormula.Builder::authority)
        .field("shares", NotionalSenFormula::shares, map(STRING_KEY, value(Percentage.class)), NotionalSenFormula.Builder::shares)
        .field("references", NotionalSenFormula::references, list(value(SourceReference.class)), NotionalSenFormula.Builder::references)
        .register(m);
    RecordJson.builder(PupilFunding.class, PupilFunding::builder, PupilFunding.Builder::build)
        .field("placement", PupilFunding::placement, value(PupilPlacement.class), PupilFunding.Builder::placement)
        .field("element1", PupilFunding::element1, value(Money.class), PupilFunding.Builder::element1)
        .field("element2", PupilFunding::element2, value(Money.class), PupilFunding.Builder::element2)
        .field("placeFunding", PupilFunding::placeFunding, value(Money.class), PupilFunding.Builder::placeFunding)
        .field("element3", PupilFunding::element3, value(Money.class), PupilFunding.Builder::element3)
        .field("fee", PupilFunding::fee, value(Money.class), PupilFunding.Builder::fee)
        .field("explanation", PupilFunding::explanation, value(Explanation.class), PupilFunding.Builder::explanation)
        .register(m);
    RecordJson.builder(PupilGap.class, PupilGap::builder, PupilGap.Builder::build)
        .field("pupilId", PupilGap::pupilId, STRING, PupilGap.Builder::pupilId)
        .field("provisionCost", PupilGap::provisionCost, value(Money.class), PupilGap.Builder::provisionCost)
        .field("fromNotionalSenBudget", PupilGap::fromNotionalSenBudget, value(Money.class), PupilGap.Builder::fromNotionalSenBudget)
        .field("topUp", PupilGap::topUp, value(Money.class), PupilGap.Builder::topUp)
        .field("unfunded", PupilGap::unfunded, value(Money.class), PupilGap.Builder::unfunded)
        .register(m);
    RecordJson.builder(PupilPlacement.class, PupilPlacement::builder, PupilPlacement.Builder::build)
        .field("pupilId", PupilPlacement::pupilId, STRING, PupilPlacement.Builder::pupilId)
        .field("settingType", PupilPlacement::settingType, value(SettingType.class), PupilPlacement.Builder::settingType)
        .field("basicPerPupilFunding", PupilPlacement::basicPerPupilFunding, optional(value(Money.class)), PupilPlacement.Builder::basicPerPupilFunding)
        .field("provisionCost", PupilPlacement::provisionCost, value(Money.class), PupilPlacement.Builder::provisionCost)
        .field("topUpBasis", PupilPlacement::topUpBasis, value(TopUpBasis.class), PupilPlacement.Builder::topUpBasis)
        .field("band", PupilPlacement::band, optional(STRING), PupilPlacement.Builder::band)
        .field("agreedTopUp", PupilPlacement::agreedTopUp, optional(value(Money.class)), PupilPlacement.Builder::agreedTopUp)
        .field("annualFee", PupilPlacement::annualFee, optional(value(Money.class)), PupilPlacement.Builder::annualFee)
        .field("onSchoolRoll", PupilPlacement::onSchoolRoll, BOOLEAN, PupilPlacement.Builder::onSchoolRoll)
        .register(m);
    RecordJson.builder(SchoolFundingGap.class, SchoolFundingGap::builder, SchoolFundingGap.Builder::build)
        .field("school", SchoolFundingGap::school, STRING, SchoolFundingGap.Builder::school)
        .field("notionalSenBudget", SchoolFundingGap::notionalSenBudget, value(Money.class), SchoolFundingGap.Builder::notionalSenBudget)
        .field("pupils", SchoolFundingGap::pupils, list(value(PupilGap.class)), SchoolFundingGap.Builder::pupils)
        .field("totalCost", SchoolFundingGap::totalCost, value(Money.class), SchoolFundingGap.Builder::totalCost)
        .field("topUpsReceived", SchoolFundingGap::topUpsReceived, value(Money.class), SchoolFundingGap.Builder::topUpsReceived)
        .field("drawnOnNotionalBudget", SchoolFundingGap::drawnOnNotionalBudget, value(Money.class), SchoolFundingGap.Builder::drawnOnNotionalBudget)
        .field("gap", SchoolFundingGap::gap, value(Money.class), SchoolFundingGap.Builder::gap)
        .field("explanation", SchoolFundingGap::explanation, value(Explanation.class), SchoolFundingGap.Builder::explanation)
        .register(m);
    RecordJson.builder(Assumptions.class, Assumptions::builder, Assumptions.Builder::build)
        .field("firstYear", Assumptions::firstYear, optional(value(FinancialYear.class)), Assumptions.Builder::firstYear)
        .field("years", Assumptions::years, INT, Assumptions.Builder::years)
        .field("caseloadGrowth", Assumptions::caseloadGrowth, value(Percentage.class), Assumptions.Builder::caseloadGrowth)
        .field("inflation", Assumptions::inflation, value(Percentage.class), Assumptions.Builder::inflation)
        .field("populationGrowth", Assumptions::populationGrowth, value(Percentage.class), Assumptions.Builder::populationGrowth)
        .field("allocationVolatility", Assumptions::allocationVolatility, value(Percentage.class), Assumptions.Builder::allocationVolatility)
        .field("seed", Assumptions::seed, LONG, Assumptions.Builder::seed)
        .field("safetyValveConditionsMet", Assumptions::safetyValveConditionsMet, BOOLEAN, Assumptions.Builder::safetyValveConditionsMet)
        .field("withoutReformPlan", Assumptions::withoutReformPlan, set(INT), Assumptions.Builder::withoutReformPlan)
        .field("caseloadProjections", Assumptions::caseloadProjections, map(INT_KEY, value(CaseloadProjection.class)), Assumptions.Builder::caseloadProjections)
        .register(m);
    RecordJson.builder(Scenario.class, Scenario::builder, Scenario.Builder::build)
        .field("name", Scenario::name, STRING, Scenario.Builder::name)
        .field("dataset", Scenario::dataset, value(FundingDataset.class), Scenario.Builder::dataset)
        .field("baseParameters", Scenario::baseParameters, value(ParameterSet.class), Scenario.Builder::baseParameters)
        .field("overlays", Scenario::overlays, list(value(ParameterOverlay.class)), Scenario.Builder::overlays)
        .field("assumptions", Scenario::assumptions, value(Assumptions.class), Scenario.Builder::assumptions)
        .register(m);
    RecordJson.factory(ScenarioVariant.class, a -> ScenarioVariant.of(a.get("floorMillionths"), a.get("capMillionths"), a.get("caseloadGrowthMillionths"), a.get("inflationMillionths"), a.get("transferLimitMillionths"), a.get("writeOffShareMillionths")))
        .arg("floorMillionths", ScenarioVariant::floorMillionths, LONG)
        .arg("capMillionths", ScenarioVariant::capMillionths, LONG)
        .arg("caseloadGrowthMillionths", ScenarioVariant::caseloadGrowthMillionths, LONG)
        .arg("inflationMillionths", ScenarioVariant::inflationMillionths, LONG)
        .arg("transferLimitMillionths", ScenarioVariant::transferLimitMillionths, LONG)
        .arg("writeOffShareMillionths", ScenarioVariant::writeOffShareMillionths, LONG)
        .register(m);
    RecordJson.factory(CapitalProject.class, a -> CapitalProject.of(a.get("localAuthority"), a.get("setting"), a.get("places"), a.get("opens"), a.get("programme"), a.get("provenance")))
        .arg("localAuthority", CapitalProject::localAuthority, value(LocalAuthority.class))
        .arg("setting", CapitalProject::setting, value(SettingType.class))
        .arg("places", CapitalProject::places, LONG)
        .arg("opens", CapitalProject::opens, value(FinancialYear.class))
        .arg("programme", CapitalProject::programme, STRING)
        .arg("provenance", CapitalProject::provenance, value(Provenance.class))
        .register(m);
    RecordJson.factory(PlaceSupply.class, a -> PlaceSupply.of(a.get("localAuthority"), a.get("setting"), a.get("capacity"), a.get("onRoll"), a.get("provenance")))
        .arg("localAuthority", PlaceSupply::localAuthority, value(LocalAuthority.class))
        .arg("setting", PlaceSupply::setting, value(SettingType.class))
        .arg("capacity", PlaceSupply::capacity, LONG)
        .arg("onRoll", PlaceSupply::onRoll, LONG)
        .arg("provenance", PlaceSupply::provenance, value(Provenance.class))
        .register(m);
    RecordJson.builder(PlacementYear.class, PlacementYear::builder, PlacementYear.Builder::build)
        .field("localAuthority", PlacementYear::localAuthority, value(LocalAuthority.class), PlacementYear.Builder::localAuthority)
        .field("year", PlacementYear::year, value(FinancialYear.class), PlacementYear.Builder::year)
        .field("demand", PlacementYear::demand, map(enumKey(SettingType.class), LONG), PlacementYear.Builder::demand)
        .field("capacity", PlacementYear::capacity, map(enumKey(SettingType.class), LONG), PlacementYear.Builder::capacity)
        .field("placed", PlacementYear::placed, map(enumKey(SettingType.class), LONG), PlacementYear.Builder::placed)
        .field("outOfAreaBySetting", PlacementYear::outOfAreaBySetting, map(enumKey(SettingType.class), LONG), PlacementYear.Builder::outOfAreaBySetting)
        .field("admittedOverCapacity", PlacementYear::admittedOverCapacity, LONG, PlacementYear.Builder::admittedOverCapacity)
        .field("overflowToIndependent", PlacementYear::overflowToIndependent, LONG, PlacementYear.Builder::overflowToIndependent)
        .field("unplaced", PlacementYear::unplaced, LONG, PlacementYear.Builder::unplaced)
        .field("revenueCost", PlacementYear::revenueCost, value(Money.class), PlacementYear.Builder::revenueCost)
        .field("importExportEffect", PlacementYear::importExportEffect, value(Money.class), PlacementYear.Builder::importExportEffect)
        .register(m);
    RecordJson.builder(PlacesScenario.class, PlacesScenario::builder, PlacesScenario.Builder::build)
        .field("name", PlacesScenario::name, STRING, PlacesScenario.Builder::name)
        .field("dataset", PlacesScenario::dataset, value(FundingDataset.class), PlacesScenario.Builder::dataset)
        .field("supply", PlacesScenario::supply, list(value(PlaceSupply.class)), PlacesScenario.Builder::supply)
        .field("capital", PlacesScenario::capital, list(value(CapitalProject.class)), PlacesScenario.Builder::capital)
        .field("demand", PlacesScenario::demand, map(INT_KEY, value(CaseloadProjection.class)), PlacesScenario.Builder::demand)
        .field("years", PlacesScenario::years, list(value(FinancialYear.class)), PlacesScenario.Builder::years)
        .field("parameters", PlacesScenario::parameters, value(ParameterSet.class), PlacesScenario.Builder::parameters)
        .register(m);
    RecordJson.builder(QueueInputs.class, QueueInputs::builder, QueueInputs.Builder::build)
        .field("arrivalsPerWeek", QueueInputs::arrivalsPerWeek, list(DOUBLE), QueueInputs.Builder::arrivalsPerWeek)
        .field("servers", QueueInputs::servers, list(INT), QueueInputs.Builder::servers)
        .field("meanServiceWeeks", QueueInputs::meanServiceWeeks, DOUBLE, QueueInputs.Builder::meanServiceWeeks)
        .field("limitWeeks", QueueInputs::limitWeeks, INT, QueueInputs.Builder::limitWeeks)
        .field("seed", QueueInputs::seed, LONG, QueueInputs.Builder::seed)
        .register(m);
    RecordJson.factory(ServiceCapacity.class, a -> ServiceCapacity.of(a.get("localAuthority"), a.get("service"), a.get("fte"), a.get("provenance")))
        .arg("localAuthority", ServiceCapacity::localAuthority, value(LocalAuthority.class))
        .arg("service", ServiceCapacity::service, value(SupportService.class))
        .arg("fte", ServiceCapacity::fte, DECIMAL)
        .arg("provenance", ServiceCapacity::provenance, value(Provenance.class))
        .register(m);
    RecordJson.builder(ServiceInvestment.class, ServiceInvestment::builder, ServiceInvestment.Builder::build)
        .field("service", ServiceInvestment::service, value(SupportService.class), ServiceInvestment.Builder::service)
        .field("from", ServiceInvestment::from, value(FinancialYear.class), ServiceInvestment.Builder::from)
        .field("extraFte", ServiceInvestment::extraFte, INT, ServiceInvestment.Builder::extraFte)
        .field("extraTrainingPlaces", ServiceInvestment::extraTrainingPlaces, INT, ServiceInvestment.Builder::extraTrainingPlaces)
        .field("laCodes", ServiceInvestment::laCodes, set(INT), ServiceInvestment.Builder::laCodes)
        .register(m);
    RecordJson.builder(ServiceYear.class, ServiceYear::builder, ServiceYear.Builder::build)
        .field("localAuthority", ServiceYear::localAuthority, value(LocalAuthority.class), ServiceYear.Builder::localAuthority)
        .field("service", ServiceYear::service, value(SupportService.class), ServiceYear.Builder::service)
        .field("year", ServiceYear::year, value(FinancialYear.class), ServiceYear.Builder::year)
        .field("fteInPost", ServiceYear::fteInPost, DECIMAL, ServiceYear.Builder::fteInPost)
        .field("advisers", ServiceYear::advisers, INT, ServiceYear.Builder::advisers)
        .field("requests", ServiceYear::requests, LONG, ServiceYear.Builder::requests)
        .field("utilisation", ServiceYear::utilisation, DOUBLE, ServiceYear.Builder::utilisation)
        .field("meanWaitWeeks", ServiceYear::meanWaitWeeks, DOUBLE, ServiceYear.Builder::meanWaitWeeks)
        .field("meanAdviceWeeks", ServiceYear::meanAdviceWeeks, DOUBLE, ServiceYear.Builder::meanAdviceWeeks)
        .field("waitingWeeks", ServiceYear::waitingWeeks, DOUBLE, ServiceYear.Builder::waitingWeeks)
        .field("shareAdviceWithinLimit", ServiceYear::shareAdviceWithinLimit, DOUBLE, ServiceYear.Builder::shareAdviceWithinLimit)
        .field("sharePlansWithinTwentyWeeks", ServiceYear::sharePlansWithinTwentyWeeks, DOUBLE, ServiceYear.Builder::sharePlansWithinTwentyWeeks)
        .field("unbounded", ServiceYear::unbounded, BOOLEAN, ServiceYear.Builder::unbounded)
        .field("investmentCost", ServiceYear::investmentCost, value(Money.class), ServiceYear.Builder::investmentCost)
        .register(m);
    RecordJson.builder(ServicesScenario.class, ServicesScenario::builder, ServicesScenario.Builder::build)
        .field("name", ServicesScenario::name, STRING, ServicesScenario.Builder::name)
        .field("capacities", ServicesScenario::capacities, list(value(ServiceCapacity.class)), ServicesScenario.Builder::capacities)
        .field("demand", ServicesScenario::demand, map(INT_KEY, value(CaseloadProjection.class)), ServicesScenario.Builder::demand)
        .field("years", ServicesScenario::years, list(value(FinancialYear.class)), ServicesScenario.Builder::years)
        .field("parameters", ServicesScenario::parameters, value(ParameterSet.class), ServicesScenario.Builder::parameters)
        .field("investments", ServicesScenario::investments, list(value(ServiceInvestment.class)), ServicesScenario.Builder::investments)
        .field("seed", ServicesScenario::seed, LONG, ServicesScenario.Builder::seed)
        .field("timelineEngine", ServicesScenario::timelineEngine, named("DEFAULT", TimelineEngine.DEFAULT), ServicesScenario.Builder::timelineEngine)
        .register(m);
    RecordJson.builder(SufficiencyData.class, SufficiencyData::builder, SufficiencyData.Builder::build)
        .field("services", SufficiencyData::services, list(value(ServiceCapacity.class)), SufficiencyData.Builder::services)
        .field("places", SufficiencyData::places, list(value(PlaceSupply.class)), SufficiencyData.Builder::places)
        .field("capital", SufficiencyData::capital, list(value(CapitalProject.class)), SufficiencyData.Builder::capital)
        .register(m);
  
    RecordJson.factory(ScenarioComparison.Difference.class, a -> ScenarioComparison.Difference.of(a.<Integer>get("laCode"), a.get("year"), a.get("measure"), a.get("a"), a.get("b")))
        .arg("laCode", ScenarioComparison.Difference::laCode, INT)
        .arg("year", ScenarioComparison.Difference::year, value(FinancialYear.class))
        .arg("measure", ScenarioComparison.Difference::measure, STRING)
        .arg("a", ScenarioComparison.Difference::a, DECIMAL)
        .arg("b", ScenarioComparison.Difference::b, DECIMAL)
        .derived("difference", ScenarioComparison.Difference::difference, DECIMAL)
        .register(m);
    // a parameter set is its parameters, by path; the shipped defaults are about 100 of them
    RecordJson.factory(ParameterSet.class, a -> ParameterSet.of(a.<ImmutableList<Parameter>>get("parameters")))
        .arg("parameters", s -> s.parameters().values().asList(), list(value(Parameter.class)))
        .register(m);
  
    // Computed views over a run: the scenario is what they are made from, so reading runs it again
    // (deterministically) and checks the figures written for readers against the new run.
    RecordJson.factory(ScenarioResult.class, a -> a.<Scenario>get("scenario").run())
        .arg("scenario", ScenarioResult::scenario, value(Scenario.class))
        .derived("figures", r -> tree(r.toJson()), TREE)
        .register(m);
    RecordJson.factory(PlacesResult.class, a -> a.<PlacesScenario>get("scenario").run())
        .arg("scenario", PlacesResult::scenario, value(PlacesScenario.class))
        .derived("rows", PlacesResult::rows, list(value(PlacementYear.class)))
        .register(m);
    RecordJson.factory(ServicesResult.class, a -> a.<ServicesScenario>get("scenario").run())
        .arg("scenario", ServicesResult::scenario, value(ServicesScenario.class))
        .derived("rows", ServicesResult::rows, list(value(ServiceYear.class)))
        .register(m);
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper PLAIN = new com.fasterxml.jackson.databind.ObjectMapper();

  private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("ScenarioResult.toJson() wrote invalid JSON", e);
    }
  }
}

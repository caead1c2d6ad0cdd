package org.sendfunding.json;

import static org.sendfunding.json.Codecs.*;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import org.sendfunding.accountability.cohort.CsvProblem;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;
import org.sendfunding.accountability.cohort.School;
import org.sendfunding.accountability.comparison.ComparisonResult;
import org.sendfunding.accountability.comparison.PairwiseComparison;
import org.sendfunding.accountability.comparison.RankedSchool;
import org.sendfunding.accountability.comparison.SchoolMovement;
import org.sendfunding.accountability.comparison.SchoolRanking;
import org.sendfunding.accountability.cva.CvaCoefficient;
import org.sendfunding.accountability.cva.CvaResult;
import org.sendfunding.accountability.cva.LinearFit;
import org.sendfunding.accountability.cva.SchoolCva;
import org.sendfunding.accountability.inclusion.SchoolInclusion;
import org.sendfunding.accountability.parameters.AccountabilityParameter;
import org.sendfunding.accountability.progress8.Attainment8Estimates;
import org.sendfunding.accountability.progress8.Attainment8Slots;
import org.sendfunding.accountability.progress8.ElementEstimates;
import org.sendfunding.accountability.progress8.GroupEstimate;
import org.sendfunding.accountability.progress8.Progress8Result;
import org.sendfunding.accountability.progress8.PupilProgress8;
import org.sendfunding.accountability.progress8.SchoolProgress8;
import org.sendfunding.accountability.progress8.SubgroupProgress8;
import org.sendfunding.accountability.senprogress.ProvisionProgress8;
import org.sendfunding.accountability.senprogress.SchoolSenProgress8;
import org.sendfunding.accountability.senprogress.SenProgress8Report;
import org.sendfunding.accountability.timeonroll.SchoolTimeOnRollProgress8;
import org.sendfunding.accountability.timeonroll.TimeOnRollResult;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.ParameterUse;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;
import org.sendfunding.model.setting.SettingType;

/**
 * JSON descriptions of send-accountability's value types: Progress 8, contextual value added, time-on-roll and inclusion results, and their inputs.
 *
 * <p>Each type is one {@link RecordJson} description: its fields in accessor order, each with its
 * codec and the builder setter or factory argument that sets it; derived figures are written and
 * checked on reading.
 */
final class AccountabilityJson {

  private AccountabilityJson() {}

  static void register(SimpleModule m) {
    RecordJson.factory(CsvProblem.class, a -> CsvProblem.of(a.get("source"), a.get("line"), a.get("column"), a.get("message")))
        .arg("source", CsvProblem::source, STRING)
        .arg("line", CsvProblem::line, INT)
        .arg("column", CsvProblem::column, STRING)
        .arg("message", CsvProblem::message, STRING)
        .register(m);
    RecordJson.builder(KeyStage4Pupil.class, KeyStage4Pupil::builder, KeyStage4Pupil.Builder::build)
        .field("id", KeyStage4Pupil::id, STRING, KeyStage4Pupil.Builder::id)
        .field("schoolUrn", KeyStage4Pupil::schoolUrn, INT, KeyStage4Pupil.Builder::schoolUrn)
        .field("ks2ReadingScore", KeyStage4Pupil::ks2ReadingScore, optional(DOUBLE), KeyStage4Pupil.Builder::ks2ReadingScore)
        .field("ks2MathsScore", KeyStage4Pupil::ks2MathsScore, optional(DOUBLE), KeyStage4Pupil.Builder::ks2MathsScore)
        .field("priorAttainmentGroup", KeyStage4Pupil::priorAttainmentGroup, optional(INT), KeyStage4Pupil.Builder::priorAttainmentGroup)
        .field("attainment8", KeyStage4Pupil::attainment8, optional(DOUBLE), KeyStage4Pupil.Builder::attainment8)
        .field("senProvision", KeyStage4Pupil::senProvision, value(SenProvision.class), KeyStage4Pupil.Builder::senProvision)
        .field("primaryNeed", KeyStage4Pupil::primaryNeed, optional(value(NeedType.class)), KeyStage4Pupil.Builder::primaryNeed)
        .field("freeSchoolMeals", KeyStage4Pupil::freeSchoolMeals, BOOLEAN, KeyStage4Pupil.Builder::freeSchoolMeals)
        .field("idaci", KeyStage4Pupil::idaci, DOUBLE, KeyStage4Pupil.Builder::idaci)
        .field("englishAdditionalLanguage", KeyStage4Pupil::englishAdditionalLanguage, BOOLEAN, KeyStage4Pupil.Builder::englishAdditionalLanguage)
        .field("lookedAfter", KeyStage4Pupil::lookedAfter, BOOLEAN, KeyStage4Pupil.Builder::lookedAfter)
        .field("monthOfBirth", KeyStage4Pupil::monthOfBirth, INT, KeyStage4Pupil.Builder::monthOfBirth)
        .field("termsOnRoll", p -> ImmutableSortedMap.copyOfSorted(p.termsOnRoll()), sortedMap(INT_KEY, INT), KeyStage4Pupil.Builder::termsOnRoll)
        .field("leftWithoutKnownDestination", KeyStage4Pupil::leftWithoutKnownDestination, BOOLEAN, KeyStage4Pupil.Builder::leftWithoutKnownDestination)
        .derived("ks2AverageScore", KeyStage4Pupil::ks2AverageScore, optional(DOUBLE))
        .register(m);
    RecordJson.builder(School.class, School::builder, School.Builder::build)
        .field("urn", School::urn, INT, School.Builder::urn)
        .field("name", School::name, STRING, School.Builder::name)
        .field("localAuthority", School::localAuthority, value(LocalAuthority.class), School.Builder::localAuthority)
        .field("type", School::type, value(SettingType.class), School.Builder::type)
        .register(m);
    RecordJson.builder(ComparisonResult.class, ComparisonResult::builder, ComparisonResult.Builder::build)
        .field("progress8", ComparisonResult::progress8, value(Progress8Result.class), ComparisonResult.Builder::progress8)
        .field("contextualValueAdded", ComparisonResult::contextualValueAdded, value(CvaResult.class), ComparisonResult.Builder::contextualValueAdded)
        .field("timeOnRoll", ComparisonResult::timeOnRoll, value(TimeOnRollResult.class), ComparisonResult.Builder::timeOnRoll)
        .field("inclusion", ComparisonResult::inclusion, sortedMap(INT_KEY, value(SchoolInclusion.class)), ComparisonResult.Builder::inclusion)
        .field("rankings", ComparisonResult::rankings, map(STRING_KEY, value(SchoolRanking.class)), ComparisonResult.Builder::rankings)
        .field("comparisons", ComparisonResult::comparisons, list(value(PairwiseComparison.class)), ComparisonResult.Builder::comparisons)
        .register(m);
    RecordJson.builder(PairwiseComparison.class, PairwiseComparison::builder, PairwiseComparison.Builder::build)
        .field("baseline", PairwiseComparison::baseline, STRING, PairwiseComparison.Builder::baseline)
        .field("alternative", PairwiseComparison::alternative, STRING, PairwiseComparison.Builder::alternative)
        .field("schools", PairwiseComparison::schools, INT, PairwiseComparison.Builder::schools)
        .field("spearman", PairwiseComparison::spearman, DOUBLE, PairwiseComparison.Builder::spearman)
        .field("kendall", PairwiseComparison::kendall, DOUBLE, PairwiseComparison.Builder::kendall)
        .field("movements", PairwiseComparison::movements, list(value(SchoolMovement.class)), PairwiseComparison.Builder::movements)
        .field("meanChangeOfSenHeavySchools", PairwiseComparison::meanChangeOfSenHeavySchools, DOUBLE, PairwiseComparison.Builder::meanChangeOfSenHeavySchools)
        .field("meanChangeOfOtherSchools", PairwiseComparison::meanChangeOfOtherSchools, DOUBLE, PairwiseComparison.Builder::meanChangeOfOtherSchools)
        .register(m);
    RecordJson.factory(RankedSchool.class, a -> RankedSchool.of(a.get("urn"), a.get("value"), a.get("rank")))
        .arg("urn", RankedSchool::urn, INT)
        .arg("value", RankedSchool::value, DOUBLE)
        .arg("rank", RankedSchool::rank, DOUBLE)
        .register(m);
    RecordJson.builder(SchoolMovement.class, SchoolMovement::builder, SchoolMovement.Builder::build)
        .field("urn", SchoolMovement::urn, INT, SchoolMovement.Builder::urn)
        .field("name", SchoolMovement::name, STRING, SchoolMovement.Builder::name)
        .field("baselineRank", SchoolMovement::baselineRank, DOUBLE, SchoolMovement.Builder::baselineRank)
        .field("alternativeRank", SchoolMovement::alternativeRank, DOUBLE, SchoolMovement.Builder::alternativeRank)
        .field("senShare", SchoolMovement::senShare, DOUBLE, SchoolMovement.Builder::senShare)
        .field("special", SchoolMovement::special, BOOLEAN, SchoolMovement.Builder::special)
        .derived("change", SchoolMovement::change, DOUBLE)
        .register(m);
    RecordJson.factory(CvaCoefficient.class, a -> CvaCoefficient.of(a.get("covariate"), a.get("estimate"), a.get("standardError")))
        .arg("covariate", CvaCoefficient::covariate, STRING)
        .arg("estimate", CvaCoefficient::estimate, DOUBLE)
        .arg("standardError", CvaCoefficient::standardError, DOUBLE)
        .register(m);
    RecordJson.builder(CvaResult.class, CvaResult::builder, CvaResult.Builder::build)
        .field("coefficients", CvaResult::coefficients, list(value(CvaCoefficient.class)), CvaResult.Builder::coefficients)
        .field("droppedCovariates", CvaResult::droppedCovariates, list(STRING), CvaResult.Builder::droppedCovariates)
        .field("pupils", CvaResult::pupils, INT, CvaResult.Builder::pupils)
        .field("pupilsWithoutKs2Scores", CvaResult::pupilsWithoutKs2Scores, INT, CvaResult.Builder::pupilsWithoutKs2Scores)
        .field("residualVariance", CvaResult::residualVariance, DOUBLE, CvaResult.Builder::residualVariance)
        .field("betweenSchoolVariance", CvaResult::betweenSchoolVariance, DOUBLE, CvaResult.Builder::betweenSchoolVariance)
        .field("schools", CvaResult::schools, sortedMap(INT_KEY, value(SchoolCva.class)), CvaResult.Builder::schools)
        .field("explanation", CvaResult::explanation, value(Explanation.class), CvaResult.Builder::explanation)
        .register(m);
    RecordJson.builder(LinearFit.class, LinearFit::builder, LinearFit.Builder::build)
        .field("names", LinearFit::names, list(STRING), LinearFit.Builder::names)
        .field("coefficients", LinearFit::coefficients, list(DOUBLE), LinearFit.Builder::coefficients)
        .field("standardErrors", LinearFit::standardErrors, list(DOUBLE), LinearFit.Builder::standardErrors)
        .field("residuals", LinearFit::residuals, list(DOUBLE), LinearFit.Builder::residuals)
        .field("residualVariance", LinearFit::residualVariance, DOUBLE, LinearFit.Builder::residualVariance)
        .field("diagonalRatio", LinearFit::diagonalRatio, DOUBLE, LinearFit.Builder::diagonalRatio)
        .register(m);
    RecordJson.builder(SchoolCva.class, SchoolCva::builder, SchoolCva.Builder::build)
        .field("urn", SchoolCva::urn, INT, SchoolCva.Builder::urn)
        .field("pupils", SchoolCva::pupils, INT, SchoolCva.Builder::pupils)
        .field("meanResidual", SchoolCva::meanResidual, DOUBLE, SchoolCva.Builder::meanResidual)
        .field("shrinkageFactor", SchoolCva::shrinkageFactor, DOUBLE, SchoolCva.Builder::shrinkageFactor)
        .field("score", SchoolCva::score, DOUBLE, SchoolCva.Builder::score)
        .field("lowerBound", SchoolCva::lowerBound, DOUBLE, SchoolCva.Builder::lowerBound)
        .field("upperBound", SchoolCva::upperBound, DOUBLE, SchoolCva.Builder::upperBound)
        .field("explanation", SchoolCva::explanation, value(Explanation.class), SchoolCva.Builder::explanation)
        .register(m);
    RecordJson.builder(SchoolInclusion.class, SchoolInclusion::builder, SchoolInclusion.Builder::build)
        .field("urn", SchoolInclusion::urn, INT, SchoolInclusion.Builder::urn)
        .field("pupilsAtEnd", SchoolInclusion::pupilsAtEnd, INT, SchoolInclusion.Builder::pupilsAtEnd)
        .field("pupilsEverOnRoll", SchoolInclusion::pupilsEverOnRoll, INT, SchoolInclusion.Builder::pupilsEverOnRoll)
        .field("ehcPlanShare", SchoolInclusion::ehcPlanShare, DOUBLE, SchoolInclusion.Builder::ehcPlanShare)
        .field("senSupportShare", SchoolInclusion::senSupportShare, DOUBLE, SchoolInclusion.Builder::senSupportShare)
        .field("laEhcPlanShare", SchoolInclusion::laEhcPlanShare, DOUBLE, SchoolInclusion.Builder::laEhcPlanShare)
        .field("laSenSupportShare", SchoolInclusion::laSenSupportShare, DOUBLE, SchoolInclusion.Builder::laSenSupportShare)
        .field("ehcPlanRepresentation", SchoolInclusion::ehcPlanRepresentation, optional(DOUBLE), SchoolInclusion.Builder::ehcPlanRepresentation)
        .field("senSupportRepresentation", SchoolInclusion::senSupportRepresentation, optional(DOUBLE), SchoolInclusion.Builder::senSupportRepresentation)
        .field("leftWithoutKnownDestination", SchoolInclusion::leftWithoutKnownDestination, INT, SchoolInclusion.Builder::leftWithoutKnownDestination)
        .field("unknownDestinationRate", SchoolInclusion::unknownDestinationRate, DOUBLE, SchoolInclusion.Builder::unknownDestinationRate)
        .field("senLeavingRate", SchoolInclusion::senLeavingRate, DOUBLE, SchoolInclusion.Builder::senLeavingRate)
        .field("nonSenLeavingRate", SchoolInclusion::nonSenLeavingRate, DOUBLE, SchoolInclusion.Builder::nonSenLeavingRate)
        .field("explanation", SchoolInclusion::explanation, value(Explanation.class), SchoolInclusion.Builder::explanation)
        .derived("senLeavingGap", SchoolInclusion::senLeavingGap, DOUBLE)
        .register(m);
    RecordJson.builder(AccountabilityParameter.class, AccountabilityParameter::builder, AccountabilityParameter.Builder::build)
        .field("path", AccountabilityParameter::path, STRING, AccountabilityParameter.Builder::path)
        .field("value", AccountabilityParameter::value, DOUBLE, AccountabilityParameter.Builder::value)
        .field("unit", AccountabilityParameter::unit, STRING, AccountabilityParameter.Builder::unit)
        .field("inForceFrom", AccountabilityParameter::inForceFrom, value(LocalDate.class), AccountabilityParameter.Builder::inForceFrom)
        .field("verified", AccountabilityParameter::verified, BOOLEAN, AccountabilityParameter.Builder::verified)
        .field("description", AccountabilityParameter::description, STRING, AccountabilityParameter.Builder::description)
        .field("reference", AccountabilityParameter::reference, value(SourceReference.class), AccountabilityParameter.Builder::reference)
        .derived("use", AccountabilityParameter::use, value(ParameterUse.class))
        .register(m);
    RecordJson.builder(Attainment8Slots.class, Attainment8Slots::builder, Attainment8Slots.Builder::build)
        .field("english", Attainment8Slots::english, DOUBLE, Attainment8Slots.Builder::english)
        .field("englishDoubleWeighted", Attainment8Slots::englishDoubleWeighted, BOOLEAN, Attainment8Slots.Builder::englishDoubleWeighted)
        .field("maths", Attainment8Slots::maths, DOUBLE, Attainment8Slots.Builder::maths)
        .field("ebacc", Attainment8Slots::ebacc, list(DOUBLE), Attainment8Slots.Builder::ebacc)
        .field("open", Attainment8Slots::open, list(DOUBLE), Attainment8Slots.Builder::open)
        .derived("total", Attainment8Slots::total, DOUBLE)
        .register(m);
    // a published national estimate is its elements' sum, without a distribution; a cohort estimate has one
    RecordJson.factory(GroupEstimate.class, a -> a.<java.util.Optional<ElementEstimates>>get("elements")
            .map(e -> GroupEstimate.published(a.get("group"), e))
            .orElseGet(() -> GroupEstimate.of(a.get("group"), a.get("meanAttainment8"), a.get("standardDeviation"), a.get("pupils"))))
        .arg("group", GroupEstimate::group, INT)
        .arg("meanAttainment8", GroupEstimate::meanAttainment8, DOUBLE)
        .arg("standardDeviation", GroupEstimate::standardDeviation, DOUBLE)
        .arg("pupils", GroupEstimate::pupils, INT)
        .arg("elements", GroupEstimate::elements, optional(value(ElementEstimates.class)))
        .register(m);
    RecordJson.factory(ElementEstimates.class, a -> ElementEstimates.of(a.get("english"), a.get("maths"), a.get("ebacc"),
            a.get("open"), a.get("ebaccSlotsFilled"), a.get("openSlotsFilled")))
        .arg("english", ElementEstimates::english, DOUBLE)
        .arg("maths", ElementEstimates::maths, DOUBLE)
        .arg("ebacc", ElementEstimates::ebacc, DOUBLE)
        .arg("open", ElementEstimates::open, DOUBLE)
        .arg("ebaccSlotsFilled", ElementEstimates::ebaccSlotsFilled, DOUBLE)
        .arg("openSlotsFilled", ElementEstimates::openSlotsFilled, DOUBLE)
        .derived("attainment8", ElementEstimates::attainment8, DOUBLE)
        .register(m);
    RecordJson.builder(Progress8Result.class, Progress8Result::builder, Progress8Result.Builder::build)
        .field("estimates", Progress8Result::estimates, value(Attainment8Estimates.class), Progress8Result.Builder::estimates)
        .field("floors", Progress8Result::floors, sortedMap(INT_KEY, DOUBLE), Progress8Result.Builder::floors)
        .field("floorSources", Progress8Result::floorSources, sortedMap(INT_KEY, STRING), Progress8Result.Builder::floorSources)
        .field("referencePopulation", Progress8Result::referencePopulation, STRING, Progress8Result.Builder::referencePopulation)
        .field("pupilStandardDeviation", Progress8Result::pupilStandardDeviation, DOUBLE, Progress8Result.Builder::pupilStandardDeviation)
        .field("pupils", Progress8Result::pupils, list(value(PupilProgress8.class)), Progress8Result.Builder::pupils)
        .field("pupilsWithoutPriorAttainment", Progress8Result::pupilsWithoutPriorAttainment, INT, Progress8Result.Builder::pupilsWithoutPriorAttainment)
        .field("schools", Progress8Result::schools, sortedMap(INT_KEY, value(SchoolProgress8.class)), Progress8Result.Builder::schools)
        .field("byProvision", Progress8Result::byProvision, map(enumKey(SenProvision.class), value(SubgroupProgress8.class)), Progress8Result.Builder::byProvision)
        .field("byNeedType", Progress8Result::byNeedType, map(enumKey(NeedType.class), value(SubgroupProgress8.class)), Progress8Result.Builder::byNeedType)
        .field("explanation", Progress8Result::explanation, value(Explanation.class), Progress8Result.Builder::explanation)
        .derived("pupilsCapped", Progress8Result::pupilsCapped, INT)
        .register(m);
    RecordJson.builder(PupilProgress8.class, PupilProgress8::builder, PupilProgress8.Builder::build)
        .field("pupilId", PupilProgress8::pupilId, STRING, PupilProgress8.Builder::pupilId)
        .field("schoolUrn", PupilProgress8::schoolUrn, INT, PupilProgress8.Builder::schoolUrn)
        .field("senProvision", PupilProgress8::senProvision, value(SenProvision.class), PupilProgress8.Builder::senProvision)
        .field("primaryNeed", PupilProgress8::primaryNeed, optional(value(NeedType.class)), PupilProgress8.Builder::primaryNeed)
        .field("group", PupilProgress8::group, INT, PupilProgress8.Builder::group)
        .field("attainment8", PupilProgress8::attainment8, DOUBLE, PupilProgress8.Builder::attainment8)
        .field("estimate", PupilProgress8::estimate, DOUBLE, PupilProgress8.Builder::estimate)
        .field("score", PupilProgress8::score, DOUBLE, PupilProgress8.Builder::score)
        .field("floor", PupilProgress8::floor, DOUBLE, PupilProgress8.Builder::floor)
        .field("hasNominalKs2Score", PupilProgress8::hasNominalKs2Score, BOOLEAN, PupilProgress8.Builder::hasNominalKs2Score)
        .field("singleKs2Score", PupilProgress8::singleKs2Score, BOOLEAN, PupilProgress8.Builder::singleKs2Score)
        .derived("cappedScore", PupilProgress8::cappedScore, DOUBLE)
        .register(m);
    RecordJson.builder(SchoolProgress8.class, SchoolProgress8::builder, SchoolProgress8.Builder::build)
        .field("urn", SchoolProgress8::urn, INT, SchoolProgress8.Builder::urn)
        .field("pupils", SchoolProgress8::pupils, INT, SchoolProgress8.Builder::pupils)
        .field("pupilsWithoutPriorAttainment", SchoolProgress8::pupilsWithoutPriorAttainment, INT, SchoolProgress8.Builder::pupilsWithoutPriorAttainment)
        .field("pupilsCapped", SchoolProgress8::pupilsCapped, INT, SchoolProgress8.Builder::pupilsCapped)
        .field("score", SchoolProgress8::score, DOUBLE, SchoolProgress8.Builder::score)
        .field("uncappedScore", SchoolProgress8::uncappedScore, DOUBLE, SchoolProgress8.Builder::uncappedScore)
        .field("lowerBound", SchoolProgress8::lowerBound, DOUBLE, SchoolProgress8.Builder::lowerBound)
        .field("upperBound", SchoolProgress8::upperBound, DOUBLE, SchoolProgress8.Builder::upperBound)
        .field("byProvision", SchoolProgress8::byProvision, map(enumKey(SenProvision.class), value(SubgroupProgress8.class)), SchoolProgress8.Builder::byProvision)
        .field("explanation", SchoolProgress8::explanation, value(Explanation.class), SchoolProgress8.Builder::explanation)
        .register(m);
    RecordJson.builder(SubgroupProgress8.class, SubgroupProgress8::builder, SubgroupProgress8.Builder::build)
        .field("label", SubgroupProgress8::label, STRING, SubgroupProgress8.Builder::label)
        .field("pupils", SubgroupProgress8::pupils, INT, SubgroupProgress8.Builder::pupils)
        .field("meanAttainment8", SubgroupProgress8::meanAttainment8, DOUBLE, SubgroupProgress8.Builder::meanAttainment8)
        .field("meanScore", SubgroupProgress8::meanScore, DOUBLE, SubgroupProgress8.Builder::meanScore)
        .field("meanUncappedScore", SubgroupProgress8::meanUncappedScore, DOUBLE, SubgroupProgress8.Builder::meanUncappedScore)
        .field("pupilsCapped", SubgroupProgress8::pupilsCapped, INT, SubgroupProgress8.Builder::pupilsCapped)
        .field("pupilsWithZeroAttainment8", SubgroupProgress8::pupilsWithZeroAttainment8, INT, SubgroupProgress8.Builder::pupilsWithZeroAttainment8)
        .register(m);
    RecordJson.builder(SchoolTimeOnRollProgress8.class, SchoolTimeOnRollProgress8::builder, SchoolTimeOnRollProgress8.Builder::build)
        .field("urn", SchoolTimeOnRollProgress8::urn, INT, SchoolTimeOnRollProgress8.Builder::urn)
        .field("pupils", SchoolTimeOnRollProgress8::pupils, INT, SchoolTimeOnRollProgress8.Builder::pupils)
        .field("weightedPupils", SchoolTimeOnRollProgress8::weightedPupils, DOUBLE, SchoolTimeOnRollProgress8.Builder::weightedPupils)
        .field("score", SchoolTimeOnRollProgress8::score, DOUBLE, SchoolTimeOnRollProgress8.Builder::score)
        .field("lowerBound", SchoolTimeOnRollProgress8::lowerBound, DOUBLE, SchoolTimeOnRollProgress8.Builder::lowerBound)
        .field("upperBound", SchoolTimeOnRollProgress8::upperBound, DOUBLE, SchoolTimeOnRollProgress8.Builder::upperBound)
        .field("explanation", SchoolTimeOnRollProgress8::explanation, value(Explanation.class), SchoolTimeOnRollProgress8.Builder::explanation)
        .register(m);
    RecordJson.builder(TimeOnRollResult.class, TimeOnRollResult::builder, TimeOnRollResult.Builder::build)
        .field("pupilWeights", TimeOnRollResult::pupilWeights, map(STRING_KEY, sortedMap(INT_KEY, DOUBLE)), TimeOnRollResult.Builder::pupilWeights)
        .field("schools", TimeOnRollResult::schools, sortedMap(INT_KEY, value(SchoolTimeOnRollProgress8.class)), TimeOnRollResult.Builder::schools)
        .register(m);
  
    RecordJson.factory(Attainment8Estimates.class, a -> {
          Attainment8Estimates e = Attainment8Estimates.of(a.get("source"), a.<ImmutableList<GroupEstimate>>get("groups"));
          ImmutableSortedMap<Integer, Double> floors = a.get("publishedFloors");
          return floors.isEmpty() ? e : e.withPublishedFloors(floors, a.get("floorsSource"));
        })
        .arg("source", Attainment8Estimates::source, STRING)
        .arg("groups", e -> e.groups().values().asList(), list(value(GroupEstimate.class)))
        .arg("publishedFloors", Attainment8Estimates::publishedFloors, sortedMap(INT_KEY, DOUBLE))
        .arg("floorsSource", Attainment8Estimates::floorsSource, STRING)
        .register(m);
    RecordJson.builder(ProvisionProgress8.class, ProvisionProgress8::builder, ProvisionProgress8.Builder::build)
        .field("provision", ProvisionProgress8::provision, value(SenProvision.class), ProvisionProgress8.Builder::provision)
        .field("pupils", ProvisionProgress8::pupils, INT, ProvisionProgress8.Builder::pupils)
        .field("share", ProvisionProgress8::share, DOUBLE, ProvisionProgress8.Builder::share)
        .field("score", ProvisionProgress8::score, DOUBLE, ProvisionProgress8.Builder::score)
        .field("uncappedScore", ProvisionProgress8::uncappedScore, DOUBLE, ProvisionProgress8.Builder::uncappedScore)
        .field("pupilsCapped", ProvisionProgress8::pupilsCapped, INT, ProvisionProgress8.Builder::pupilsCapped)
        .field("pupilsWithNominalKs2", ProvisionProgress8::pupilsWithNominalKs2, INT, ProvisionProgress8.Builder::pupilsWithNominalKs2)
        .derived("contribution", ProvisionProgress8::contribution, DOUBLE)
        .derived("uncappedContribution", ProvisionProgress8::uncappedContribution, DOUBLE)
        .register(m);
    RecordJson.builder(SchoolSenProgress8.class, SchoolSenProgress8::builder, SchoolSenProgress8.Builder::build)
        .field("urn", SchoolSenProgress8::urn, INT, SchoolSenProgress8.Builder::urn)
        .field("name", SchoolSenProgress8::name, STRING, SchoolSenProgress8.Builder::name)
        .field("special", SchoolSenProgress8::special, BOOLEAN, SchoolSenProgress8.Builder::special)
        .field("pupils", SchoolSenProgress8::pupils, INT, SchoolSenProgress8.Builder::pupils)
        .field("score", SchoolSenProgress8::score, DOUBLE, SchoolSenProgress8.Builder::score)
        .field("uncappedScore", SchoolSenProgress8::uncappedScore, DOUBLE, SchoolSenProgress8.Builder::uncappedScore)
        .field("byProvision", SchoolSenProgress8::byProvision, map(enumKey(SenProvision.class), value(ProvisionProgress8.class)), SchoolSenProgress8.Builder::byProvision)
        .field("cohortByProvision", SchoolSenProgress8::cohortByProvision, map(enumKey(SenProvision.class), value(ProvisionProgress8.class)), SchoolSenProgress8.Builder::cohortByProvision)
        .field("timeOnRollScore", SchoolSenProgress8::timeOnRollScore, optional(DOUBLE), SchoolSenProgress8.Builder::timeOnRollScore)
        .field("leftWithoutKnownDestination", SchoolSenProgress8::leftWithoutKnownDestination, INT, SchoolSenProgress8.Builder::leftWithoutKnownDestination)
        .field("senLeavingGap", SchoolSenProgress8::senLeavingGap, optional(DOUBLE), SchoolSenProgress8.Builder::senLeavingGap)
        .field("pupilsWithoutPriorAttainment", SchoolSenProgress8::pupilsWithoutPriorAttainment, INT, SchoolSenProgress8.Builder::pupilsWithoutPriorAttainment)
        .field("pupilsWithNominalKs2", SchoolSenProgress8::pupilsWithNominalKs2, INT, SchoolSenProgress8.Builder::pupilsWithNominalKs2)
        .field("pupilsWithSingleKs2", SchoolSenProgress8::pupilsWithSingleKs2, INT, SchoolSenProgress8.Builder::pupilsWithSingleKs2)
        .register(m);
    RecordJson.builder(SenProgress8Report.class, SenProgress8Report::builder, SenProgress8Report.Builder::build)
        .field("estimates", SenProgress8Report::estimates, STRING, SenProgress8Report.Builder::estimates)
        .field("cohort", SenProgress8Report::cohort, map(enumKey(SenProvision.class), value(ProvisionProgress8.class)), SenProgress8Report.Builder::cohort)
        .field("mainstream", SenProgress8Report::mainstream, map(enumKey(SenProvision.class), value(ProvisionProgress8.class)), SenProgress8Report.Builder::mainstream)
        .field("schools", SenProgress8Report::schools, sortedMap(INT_KEY, value(SchoolSenProgress8.class)), SenProgress8Report.Builder::schools)
        .register(m);
    // the values are what a ranking is made from; the ranks are derived (ties share the mean rank)
    RecordJson.factory(SchoolRanking.class, a -> SchoolRanking.of(a.get("measure"), a.<ImmutableMap<Integer, Double>>get("values")))
        .arg("measure", SchoolRanking::measure, STRING)
        .arg("values", r -> ImmutableMap.copyOf(Maps.transformValues(r.byUrn(), RankedSchool::value)), map(INT_KEY, DOUBLE))
        .derived("schools", SchoolRanking::schools, list(value(RankedSchool.class)))
        .register(m);
  }
}

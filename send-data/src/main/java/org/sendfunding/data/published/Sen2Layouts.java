package org.sendfunding.data.published;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sendfunding.data.ees.EesLayout;

/**
 * The layouts of the SEN2 files the importer reads from DfE's "Education, health and care plans"
 * releases, column for column as published (each release's {@code data-guidance/data-guidance.txt}
 * describes them). A release that renames, adds or drops a column is refused with the column named,
 * and this class is where the new layout goes (docs/data-import.md).
 *
 * <pre>{@code
 * EesReader.DEFAULT.read(zip, Sen2Layouts.CASELOAD_2025.name(), Sen2Layouts.CASELOAD_2025);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Sen2Layouts {

  /** The filters of every 2025-release file: {@code breakdown_topic}, {@code breakdown}. */
  private static final List<String> BREAKDOWN = List.of("breakdown_topic", "breakdown");

  private Sen2Layouts() {}

  /** data/caseload.csv of the 2025 release. */
  public static final EesLayout CASELOAD_2025 = EesLayout.of("data/caseload.csv", BREAKDOWN,
      List.of(
          "ehcplans", "mainstream_la_maintained", "mainstream_la_maintained_resourced_provision",
          "mainstream_la_maintained_senunit", "mainstream_academy",
          "mainstream_academy_resourced_provision", "mainstream_academy_senunit",
          "mainstream_free_school", "mainstream_free_school_resourced_provision",
          "mainstream_free_school_senunit", "mainstream_independent", "mainstream_total",
          "mainstream_total_pc", "special_la_maintained", "special_academy_free",
          "special_independent", "special_non_maintained", "special_total", "special_total_pc",
          "ap_pru_academy", "ap_pru_free_school", "ap_pru_la_maintained", "ap_pru_total",
          "AP_PRU_total_pc", "general_fe_tertiary_colleges", "specialist_post_16_institutions",
          "ukrlp_provider", "fe_total", "fe_total_pc", "elective_home_education",
          "other_arrangements_la", "other_arrangements_parents", "online_provider", "w_settings",
          "other_schools", "other_placement_settings", "neet", "neet_ntci", "neet_other",
          "neet_other_csa", "ed_elsewhere", "ed_elsewhere_pc", "nm_early_years",
          "nm_early_years_pc", "placement_unknown", "placement_unknown_pc", "await_prov_2022",
          "perm_ex_2022"));

  /** data/sen_needs_all_plans.csv of the 2025 release. */
  public static final EesLayout NEEDS_ALL_PLANS_2025 = EesLayout.of("data/sen_needs_all_plans.csv", BREAKDOWN,
      List.of(
          "ehc_plans", "number_asd", "number_hi", "number_mld", "number_msi", "number_oth",
          "number_pd", "number_pmld", "number_semh", "number_slcn", "number_sld", "number_spld",
          "number_vi", "number_need_unknown", "asd_pc", "hi_pc", "mld_pc", "msi_pc", "oth_pc",
          "pd_pc", "pmld_pc", "semh_pc", "slcn_pc", "sld_pc", "spld_pc", "vi_pc", "unknown_pc"));

  /** data/requests.csv of the 2025 release. */
  public static final EesLayout REQUESTS_2025 = EesLayout.of("data/requests.csv", BREAKDOWN,
      List.of(
          "requests_received_in_year", "requests_rya", "requests_decided_to_assess",
          "requests_decided_not_to_assess", "requests_decision_not_made", "requests_withdrawn",
          "request_assess_pc", "request_not_assess_pc", "request_outstanding_pc",
          "request_withdrawn_pc", "request_outcome_six_weeks", "request_outcome_over_6_weeks",
          "request_outcome_six_weeks_pc", "request_outcome_over_6_weeks_pc",
          "mediation_related_request", "tribunal_related_request",
          "tribunal_after_mediation_request"));

  /** data/assessments.csv of the 2025 release. */
  public static final EesLayout ASSESSMENTS_2025 = EesLayout.of("data/assessments.csv", BREAKDOWN,
      List.of(
          "assess_in_year", "assess_issued", "assess_issued_pc", "assess_not_issued",
          "assess_not_issued_pc", "assess_not_made", "assess_not_made_pc", "assess_withdrawn",
          "assess_withdrawn_pc", "outcome_decision_within_time", "outcome_decision_over_time",
          "outcome_decision_within_time_pc", "outcome_decision_over_time_pc",
          "number_assess_mediation", "number_assess_tribunal", "number_asssess_mediation_tribunal",
          "number_other_mediation", "number_other_tribunal", "number_other_mediation_tribunal"));

  /** data/newplans.csv of the 2025 release. */
  public static final EesLayout NEW_PLANS_2025 = EesLayout.of("data/newplans.csv", BREAKDOWN,
      List.of(
          "new_ehc_plans", "mainstream_la_maintained",
          "mainstream_la_maintained_resourced_provision", "mainstream_la_maintained_senunit",
          "mainstream_academy", "mainstream_academy_resourced_provision",
          "mainstream_academy_senunit", "mainstream_free_school",
          "mainstream_free_school_resourced_provision", "mainstream_free_school_senunit",
          "mainstream_independent", "mainstream_total", "mainstream_total_pc",
          "special_la_maintained", "special_academy_free", "special_independent",
          "special_non_maintained", "special_total", "special_total_pc", "ap_pru_academy",
          "ap_pru_free_school", "ap_pru_la_maintained", "ap_pru_total", "AP_PRU_total_pc",
          "general_fe_tertiary_colleges", "specialist_post_16_institutions", "ukrlp_provider",
          "fe_total", "fe_total_pc", "elective_home_education", "other_arrangements_la",
          "other_arrangements_parents", "online_provider", "w_settings", "other_schools",
          "other_placement_settings", "neet", "neet_ntci", "neet_other", "neet_other_csa",
          "ed_elsewhere", "ed_elsewhere_pc", "nm_early_years", "nm_early_years_pc",
          "placement_unknown", "placement_unknown_pc", "await_prov_2022", "perm_ex_2022"));

  /** data/timeliness_20_week.csv of the 2025 release. */
  public static final EesLayout TIMELINESS_20_WEEK_2025 = EesLayout.of("data/timeliness_20_week.csv", BREAKDOWN,
      List.of(
          "plans_issued_den", "plans_issued_den_ex", "plans_issued_within_20_weeks",
          "plans_issued_20_weeks_ex", "pc_plans_issued_within_20_weeks",
          "PC_plans_issued_20_weeks_ex", "plans_issued_gt20weeks_ltYear",
          "plans_issued_gt20weeks_ltYear_ex", "pc_plans_issued_gt20weeks_ltYear",
          "PC_plans_issued_gt20weeks_ltYear_ex", "plans_issued_gt_1_year",
          "plans_issued_gt_1_year_ex", "pc_plans_issued_gt_1_year", "PC_plans_issued_gt_1_year_ex"));

  /** data/ceased_plans.csv of the 2025 release. */
  public static final EesLayout CEASED_PLANS_2025 = EesLayout.of("data/ceased_plans.csv", BREAKDOWN,
      List.of(
          "max_age", "needs_met", "he", "employ", "transfer", "no_engage", "moved_outside_eng",
          "deceased", "not_rec", "other", "total_ceased"));

  /** data/sen2_estab_caseload.csv of the 2022 release. */
  public static final EesLayout ESTABLISHMENT_CASELOAD_2022 = EesLayout.of("data/sen2_estab_caseload.csv",
      List.of("establishment_type", "establishment_group"),
      List.of(
          "Total_st", "Total_st_pc", "Total_ehc", "Total_ehc_pc", "Total_all", "Total_all_pc"));

  /** data/personal_budgets.csv of the 2025 release. */
  public static final EesLayout PERSONAL_BUDGETS_2025 = EesLayout.of("data/personal_budgets.csv",
      BREAKDOWN,
      List.of(
          "personal_budget", "org_arrangments", "pb_health", "pb_education", "pb_social",
          "pb_integrated"));

  /** data/residential_settings.csv of the 2025 release. */
  public static final EesLayout RESIDENTIAL_SETTINGS_2025 = EesLayout.of("data/residential_settings.csv",
      BREAKDOWN,
      List.of(
          "Res_3851", "Res_52", "Res_tot"));

  /** data/sen_need_newplans.csv of the 2025 release. */
  public static final EesLayout NEEDS_NEW_PLANS_2025 = EesLayout.of("data/sen_need_newplans.csv",
      BREAKDOWN,
      List.of(
          "ehc_plans", "number_asd", "number_hi", "number_mld", "number_msi", "number_oth",
          "number_pd", "number_pmld", "number_semh", "number_slcn", "number_sld", "number_spld",
          "number_vi", "number_need_unknown", "asd_pc", "hi_pc", "mld_pc", "msi_pc", "oth_pc",
          "pd_pc", "pmld_pc", "semh_pc", "slcn_pc", "sld_pc", "spld_pc", "vi_pc", "unknown_pc"));

  /** data/work_based_placements.csv of the 2025 release. */
  public static final EesLayout WORK_BASED_PLACEMENTS_2025 = EesLayout.of("data/work_based_placements.csv",
      BREAKDOWN,
      List.of(
          "open_supp_intern", "open_apprentice", "open_trainee", "open_wbp"));

  /** data/sen2_age_caseload.csv of the 2022 release. */
  public static final EesLayout AGE_CASELOAD_2022 = EesLayout.of("data/sen2_age_caseload.csv",
      List.of("characteristic_age"),
      List.of(
          "Total_st", "Total_st_pc", "Total_ehc", "Total_ehc_pc", "Total_all", "Total_all_pc"));

  /** data/sen2_age_new_plans.csv of the 2022 release. */
  public static final EesLayout AGE_NEW_PLANS_2022 = EesLayout.of("data/sen2_age_new_plans.csv",
      List.of("characteristic_age"),
      List.of(
          "Total_new_st", "Total_new_st_pc", "Total_new_ehc", "Total_new_ehc_pc", "Total_new_all",
          "Total_new_all_pc"));

  /** data/sen2_estab_new_plans.csv of the 2022 release. */
  public static final EesLayout ESTABLISHMENT_NEW_PLANS_2022 = EesLayout.of("data/sen2_estab_new_plans.csv",
      List.of("establishment_type", "establishment_group"),
      List.of(
          "Total_new_st", "Total_new_st_pc", "Total_new_ehc", "Total_new_ehc_pc", "Total_new_all",
          "Total_new_all_pc"));

  /** data/sen2_mi.csv of the 2022 release. */
  public static final EesLayout MANAGEMENT_INFORMATION_2022 = EesLayout.of("data/sen2_mi.csv",
      List.of(),
      List.of(
          "NewallEHC", "NewallEHC_pc", "NewallEHC_AssnoneEHC_sum", "AssnoneEHC", "AssnoneEHC_pc",
          "AssnodecisionEHC", "AssRefusedEHC", "AssRefusedEHC_pc", "Assnone", "Assnodecision",
          "AssRefused", "Mtosi", "Sitom", "MtoPar", "SitoPar", "Dislea", "Dismet", "Disoth",
          "Disleft", "MtosiEHC", "SitomEHC", "MtoParEHC", "SitoParEHC", "DisleaEHC", "DismetEHC",
          "DisothEHC", "DisleftEHC", "InreqEHC", "InreqryaEHC", "TotIncExcEHC", "IncExc20weekEHC",
          "IncExc20weekRate", "TotNoExcEHC", "NoExc20weekEHC", "NoExc20weekRate", "TotIncExc",
          "IncExc26week", "TotNoExc", "NoExc26week", "StatementstoEHC", "StatementstoNoEHC",
          "PersonalBudgets", "OrgArrangements", "DirectPayEducation", "DirectPaySocialCare",
          "DirectPayHealth", "DirectPayIntegrated", "NewEHCMediation", "NewEHCTribunal",
          "NewEHCTribunal_pc"));

  /** data/sen2_wbp_residential_dmo.csv of the 2022 release. */
  public static final EesLayout WORK_BASED_RESIDENTIAL_DMO_2022 = EesLayout.of("data/sen2_wbp_residential_dmo.csv",
      List.of("DMO", "DCO", "DMODCOFunction"),
      List.of(
          "MApprenEHC", "MTrainEHC", "MSuppIntEHC", "WorkbasedEHC", "Mres38week05EHC",
          "Mres38week510EHC", "Mres38week1115EHC", "Mres38week1619EHC", "Mres38week2025EHC",
          "TotMres38weekEHC", "Mres52week05EHC", "Mres52week510EHC", "Mres52week1115EHC",
          "Mres52week1619EHC", "Mres52week2025EHC", "TotMres52weekEHC", "Mres38week05",
          "Mres38week510", "Mres38week1115", "Mres38week1619", "TotMres38week", "Mres52week05",
          "Mres52week510", "Mres52week1115", "Mres52week1619", "TotMres52week"));

  /**
   * Every data file of the 2025 release this reader can read, in the zip's order. Left out:
   * {@code data/annual_reviews.csv}, whose published header names {@code review_meeting_prior_24}
   * twice (a column name must be unique to be read by name).
   */
  public static final ImmutableList<EesLayout> RELEASE_2025 = ImmutableList.of(ASSESSMENTS_2025,
      CASELOAD_2025, CEASED_PLANS_2025, NEW_PLANS_2025, PERSONAL_BUDGETS_2025, REQUESTS_2025,
      RESIDENTIAL_SETTINGS_2025, NEEDS_NEW_PLANS_2025, NEEDS_ALL_PLANS_2025,
      TIMELINESS_20_WEEK_2025, WORK_BASED_PLACEMENTS_2025);

  /** Every data file of the 2022 release (the aggregate SEN2 layout), in the zip's order. */
  public static final ImmutableList<EesLayout> RELEASE_2022 = ImmutableList.of(AGE_CASELOAD_2022,
      AGE_NEW_PLANS_2022, ESTABLISHMENT_CASELOAD_2022, ESTABLISHMENT_NEW_PLANS_2022,
      MANAGEMENT_INFORMATION_2022, WORK_BASED_RESIDENTIAL_DMO_2022);
}

package org.sendfunding.data.england;

/**
 * One published indicator: a column of one of the embedded {@link Table}s, with its unit.
 *
 * <p>Names follow the published column, prefixed by the table where columns repeat: {@code
 * EHC_PLANS} (caseload), {@code AGE_EHC_PLANS}, {@code NEED_ASD}, {@code FLOWS_NEW_EHC_PLANS},
 * {@code DSG_HIGH_NEEDS_BLOCK_GROSS}, {@code HNB_TOTAL_BEFORE_DEDUCTIONS}, {@code
 * BALANCE_PCT_OF_INCOME}, {@code HNB2019_ONS_MID2019_POP_2_18_PROJECTION}, {@code
 * BENCH_POP_2_18_ONS_MID2021_PROJECTION}.
 *
 * <pre>{@code
 * Measure.EHC_PLANS.column();          // "ehc_plans"
 * Measure.HNB_FORMULA_ELEMENTS_A.unit(); // POUNDS
 * }</pre>
 *
 * <p>High-needs block letters (DSG allocation tables): A formula elements after the floor and gains
 * cap; B the basic entitlement ACA-weighted unit rate; C pupils in special schools (can be a half);
 * D the import/export adjustment; E special free schools; F hospital education, AP teachers' pay and
 * pension, supplementary funding; G (2022-23, 2023-24) the formula with the floor but before the gains
 * cap, not an addend; H the additional allocation (G × 4.59% in 2023-24). The total before deductions
 * is A + B×C + D + E + F + H.
 *
 * <p>This type is immutable and thread-safe.
 */
public enum Measure {
  EHC_PLANS(Table.CASELOAD, "ehc_plans", Unit.COUNT),
  STATEMENTS(Table.CASELOAD, "statements", Unit.COUNT),
  STATEMENTS_AND_EHC_PLANS(Table.CASELOAD, "statements_and_ehc_plans", Unit.COUNT),
  MAINSTREAM_TOTAL(Table.CASELOAD, "mainstream_total", Unit.COUNT),
  SPECIAL_TOTAL(Table.CASELOAD, "special_total", Unit.COUNT),
  SPECIAL_LA_MAINTAINED(Table.CASELOAD, "special_la_maintained", Unit.COUNT),
  SPECIAL_ACADEMY_FREE(Table.CASELOAD, "special_academy_free", Unit.COUNT),
  SPECIAL_INDEPENDENT(Table.CASELOAD, "special_independent", Unit.COUNT),
  SPECIAL_NON_MAINTAINED(Table.CASELOAD, "special_non_maintained", Unit.COUNT),
  AP_PRU_TOTAL(Table.CASELOAD, "ap_pru_total", Unit.COUNT),
  FE_TOTAL(Table.CASELOAD, "fe_total", Unit.COUNT),
  ED_ELSEWHERE(Table.CASELOAD, "ed_elsewhere", Unit.COUNT),
  NM_EARLY_YEARS(Table.CASELOAD, "nm_early_years", Unit.COUNT),
  NEET(Table.CASELOAD, "neet", Unit.COUNT),
  PLACEMENT_UNKNOWN(Table.CASELOAD, "placement_unknown", Unit.COUNT),
  AGE_EHC_PLANS(Table.BY_AGE, "ehc_plans", Unit.COUNT),
  NEED_EHC_PLANS(Table.BY_NEED, "ehc_plans", Unit.COUNT),
  NEED_ASD(Table.BY_NEED, "number_asd", Unit.COUNT),
  NEED_HI(Table.BY_NEED, "number_hi", Unit.COUNT),
  NEED_MLD(Table.BY_NEED, "number_mld", Unit.COUNT),
  NEED_MSI(Table.BY_NEED, "number_msi", Unit.COUNT),
  NEED_OTH(Table.BY_NEED, "number_oth", Unit.COUNT),
  NEED_PD(Table.BY_NEED, "number_pd", Unit.COUNT),
  NEED_PMLD(Table.BY_NEED, "number_pmld", Unit.COUNT),
  NEED_SEMH(Table.BY_NEED, "number_semh", Unit.COUNT),
  NEED_SLCN(Table.BY_NEED, "number_slcn", Unit.COUNT),
  NEED_SLD(Table.BY_NEED, "number_sld", Unit.COUNT),
  NEED_SPLD(Table.BY_NEED, "number_spld", Unit.COUNT),
  NEED_VI(Table.BY_NEED, "number_vi", Unit.COUNT),
  NEED_NEED_UNKNOWN(Table.BY_NEED, "number_need_unknown", Unit.COUNT),
  FLOWS_REQUESTS_RECEIVED(Table.FLOWS, "requests_received", Unit.COUNT),
  FLOWS_REQUESTS_DECIDED_TO_ASSESS(Table.FLOWS, "requests_decided_to_assess", Unit.COUNT),
  FLOWS_REQUESTS_DECIDED_NOT_TO_ASSESS(Table.FLOWS, "requests_decided_not_to_assess", Unit.COUNT),
  FLOWS_REQUESTS_NOT_ASSESS_PC(Table.FLOWS, "requests_not_assess_pc", Unit.PERCENT),
  FLOWS_REQUEST_DECISIONS_WITHIN_6WKS_PC(Table.FLOWS, "request_decisions_within_6wks_pc", Unit.PERCENT),
  FLOWS_ASSESSMENTS_COMPLETED(Table.FLOWS, "assessments_completed", Unit.COUNT),
  FLOWS_ASSESSMENTS_PLAN_ISSUED(Table.FLOWS, "assessments_plan_issued", Unit.COUNT),
  FLOWS_ASSESSMENTS_PLAN_NOT_ISSUED(Table.FLOWS, "assessments_plan_not_issued", Unit.COUNT),
  FLOWS_ASSESSMENTS_PLAN_ISSUED_PC(Table.FLOWS, "assessments_plan_issued_pc", Unit.PERCENT),
  FLOWS_ASSESSMENT_DECISIONS_WITHIN_TIME_PC(Table.FLOWS, "assessment_decisions_within_time_pc", Unit.PERCENT),
  FLOWS_NEW_EHC_PLANS(Table.FLOWS, "new_ehc_plans", Unit.COUNT),
  FLOWS_NEW_PLANS_MAINSTREAM(Table.FLOWS, "new_plans_mainstream", Unit.COUNT),
  FLOWS_NEW_PLANS_SPECIAL(Table.FLOWS, "new_plans_special", Unit.COUNT),
  FLOWS_NEW_PLANS_SPECIAL_INDEPENDENT(Table.FLOWS, "new_plans_special_independent", Unit.COUNT),
  FLOWS_PLANS_ISSUED_INCL_EXCEPTIONS(Table.FLOWS, "plans_issued_incl_exceptions", Unit.COUNT),
  FLOWS_ISSUED_WITHIN_20WKS_INCL_EXCEPTIONS(Table.FLOWS, "issued_within_20wks_incl_exceptions", Unit.COUNT),
  FLOWS_PCT_WITHIN_20WKS_INCL_EXCEPTIONS(Table.FLOWS, "pct_within_20wks_incl_exceptions", Unit.PERCENT),
  FLOWS_PLANS_ISSUED_EXCL_EXCEPTIONS(Table.FLOWS, "plans_issued_excl_exceptions", Unit.COUNT),
  FLOWS_ISSUED_WITHIN_20WKS_EXCL_EXCEPTIONS(Table.FLOWS, "issued_within_20wks_excl_exceptions", Unit.COUNT),
  FLOWS_PCT_WITHIN_20WKS_EXCL_EXCEPTIONS(Table.FLOWS, "pct_within_20wks_excl_exceptions", Unit.PERCENT),
  FLOWS_PCT_OVER_1_YEAR_INCL_EXCEPTIONS(Table.FLOWS, "pct_over_1_year_incl_exceptions", Unit.PERCENT),
  FLOWS_EHC_PLANS_CEASED(Table.FLOWS, "ehc_plans_ceased", Unit.COUNT),
  DSG_SCHOOLS_BLOCK_GROSS(Table.DSG_BLOCKS, "schools_block_gross", Unit.POUNDS),
  DSG_CSSB_GROSS(Table.DSG_BLOCKS, "cssb_gross", Unit.POUNDS),
  DSG_HIGH_NEEDS_BLOCK_GROSS(Table.DSG_BLOCKS, "high_needs_block_gross", Unit.POUNDS),
  DSG_EARLY_YEARS_BLOCK_GROSS(Table.DSG_BLOCKS, "early_years_block_gross", Unit.POUNDS),
  DSG_TOTAL_GROSS(Table.DSG_BLOCKS, "total_dsg_gross", Unit.POUNDS),
  DSG_SCHOOLS_BLOCK_NET(Table.DSG_BLOCKS, "schools_block_net", Unit.POUNDS),
  DSG_CSSB_NET(Table.DSG_BLOCKS, "cssb_net", Unit.POUNDS),
  DSG_HIGH_NEEDS_BLOCK_NET(Table.DSG_BLOCKS, "high_needs_block_net", Unit.POUNDS),
  DSG_EARLY_YEARS_BLOCK_NET(Table.DSG_BLOCKS, "early_years_block_net", Unit.POUNDS),
  DSG_TOTAL_NET(Table.DSG_BLOCKS, "total_dsg_net", Unit.POUNDS),
  HNB_FORMULA_ELEMENTS_A(Table.HIGH_NEEDS_BLOCK, "hn_formula_elements_A", Unit.POUNDS),
  HNB_BASIC_ENTITLEMENT_ACA_UNIT_RATE(Table.HIGH_NEEDS_BLOCK, "basic_entitlement_aca_unit_rate", Unit.POUNDS_RATE),
  HNB_PUPILS_IN_SPECIAL_SCHOOLS(Table.HIGH_NEEDS_BLOCK, "pupils_in_special_schools", Unit.COUNT),
  HNB_IMPORT_EXPORT_ADJUSTMENT(Table.HIGH_NEEDS_BLOCK, "import_export_adjustment", Unit.POUNDS),
  HNB_SPECIAL_FREE_SCHOOLS_ADDITIONAL(Table.HIGH_NEEDS_BLOCK, "special_free_schools_additional", Unit.POUNDS),
  HNB_HOSPITAL_AP_PAY_PENSION_SUPPLEMENTARY(Table.HIGH_NEEDS_BLOCK, "hospital_ap_pay_pension_supplementary", Unit.POUNDS),
  HNB_NFF_BEFORE_GAINS_CAP_G(Table.HIGH_NEEDS_BLOCK, "hn_nff_hist_proxy_floor_G", Unit.POUNDS),
  HNB_ADDITIONAL_HN_ALLOCATION(Table.HIGH_NEEDS_BLOCK, "additional_hn_allocation", Unit.POUNDS),
  HNB_TOTAL_BEFORE_DEDUCTIONS(Table.HIGH_NEEDS_BLOCK, "total_hnb_before_deductions", Unit.POUNDS),
  HNB_PLACE_DEDUCTIONS(Table.HIGH_NEEDS_BLOCK, "total_deductions_direct_place_funding", Unit.POUNDS),
  DEFICIT_PCT_OF_INCOME(Table.DSG_BALANCE, "deficit_pct_of_income", Unit.PERCENT),
  BALANCE_PCT_OF_INCOME(Table.DSG_BALANCE, "dsg_cumulative_balance_pct_of_total_income", Unit.PERCENT),
  HNB2019_HN_NFF_EXCL_BASIC_ENT_AND_IMPORT_EXPORT(Table.HIGH_NEEDS_BLOCK_2019, "hn_nff_excl_basic_ent_and_import_export_gbp_m", Unit.POUNDS_MILLIONS),
  HNB2019_ACA_WEIGHTED_BASIC_ENTITLEMENT_RATE_GBP(Table.HIGH_NEEDS_BLOCK_2019, "aca_weighted_basic_entitlement_rate_gbp", Unit.POUNDS_RATE),
  HNB2019_SPECIAL_SCHOOL_PUPILS_HEADCOUNT(Table.HIGH_NEEDS_BLOCK_2019, "special_school_pupils_headcount", Unit.COUNT),
  HNB2019_IMPORT_EXPORT_ADJUSTMENT(Table.HIGH_NEEDS_BLOCK_2019, "import_export_adjustment_gbp_m", Unit.POUNDS_MILLIONS),
  HNB2019_ONS_MID2019_POP_2_18_PROJECTION(Table.HIGH_NEEDS_BLOCK_2019, "ons_mid2019_pop_2_18_projection", Unit.COUNT),
  HNB2019_ADDITIONAL_HN_FUNDING(Table.HIGH_NEEDS_BLOCK_2019, "additional_hn_funding_gbp_m", Unit.POUNDS_MILLIONS),
  HNB2019_PROVISIONAL_TOTAL_HN_BLOCK(Table.HIGH_NEEDS_BLOCK_2019, "provisional_total_hn_block_gbp_m", Unit.POUNDS_MILLIONS),
  BENCH_POP_2_18_ONS_MID2021_PROJECTION(Table.BENCHMARKING, "pop_2_18_ons_mid2021_projection", Unit.COUNT),
  BENCH_EHCP_COUNT_UP_TO_25(Table.BENCHMARKING, "ehcp_count_up_to_25", Unit.COUNT),
  BENCH_PLACED_MAINSTREAM(Table.BENCHMARKING, "placed_mainstream", Unit.COUNT),
  BENCH_PLACED_RESOURCED_PROVISION_SEN_UNIT(Table.BENCHMARKING, "placed_resourced_provision_sen_unit", Unit.COUNT),
  BENCH_PLACED_MAINTAINED_SPECIAL_OR_SPECIAL_ACADEMY(Table.BENCHMARKING, "placed_maintained_special_or_special_academy", Unit.COUNT),
  BENCH_PLACED_NMSS_OR_INDEPENDENT(Table.BENCHMARKING, "placed_nmss_or_independent", Unit.COUNT),
  BENCH_PLACED_HOSPITAL_OR_AP(Table.BENCHMARKING, "placed_hospital_or_ap", Unit.COUNT),
  BENCH_PLACED_POST16(Table.BENCHMARKING, "placed_post16", Unit.COUNT),
  BENCH_PLACED_OTHER(Table.BENCHMARKING, "placed_other", Unit.COUNT),
  BENCH_S251_BUDGET_PLACE_FUNDING_TOTAL(Table.BENCHMARKING, "s251_budget_place_funding_total", Unit.POUNDS),
  BENCH_PLACE_EARLY_YEARS(Table.BENCHMARKING, "place_early_years", Unit.POUNDS),
  BENCH_PLACE_PRIMARY(Table.BENCHMARKING, "place_primary", Unit.POUNDS),
  BENCH_PLACE_SECONDARY(Table.BENCHMARKING, "place_secondary", Unit.POUNDS),
  BENCH_PLACE_SPECIAL(Table.BENCHMARKING, "place_special", Unit.POUNDS),
  BENCH_PLACE_PRU_AP(Table.BENCHMARKING, "place_pru_ap", Unit.POUNDS),
  BENCH_PLACE_POST_SCHOOL(Table.BENCHMARKING, "place_post_school", Unit.POUNDS),
  BENCH_TOPUP_MAINTAINED_TOTAL(Table.BENCHMARKING, "topup_maintained_total", Unit.POUNDS),
  BENCH_TOPUP_M_EARLY_YEARS(Table.BENCHMARKING, "topup_m_early_years", Unit.POUNDS),
  BENCH_TOPUP_M_PRIMARY(Table.BENCHMARKING, "topup_m_primary", Unit.POUNDS),
  BENCH_TOPUP_M_SECONDARY(Table.BENCHMARKING, "topup_m_secondary", Unit.POUNDS),
  BENCH_TOPUP_M_SPECIAL(Table.BENCHMARKING, "topup_m_special", Unit.POUNDS),
  BENCH_TOPUP_M_PRU_AP(Table.BENCHMARKING, "topup_m_pru_ap", Unit.POUNDS),
  BENCH_TOPUP_M_POST_SCHOOL(Table.BENCHMARKING, "topup_m_post_school", Unit.POUNDS),
  BENCH_TOPUP_M_INCOME(Table.BENCHMARKING, "topup_m_income", Unit.POUNDS),
  BENCH_TOPUP_NMI_TOTAL(Table.BENCHMARKING, "topup_nmi_total", Unit.POUNDS),
  BENCH_TOPUP_NMI_EARLY_YEARS(Table.BENCHMARKING, "topup_nmi_early_years", Unit.POUNDS),
  BENCH_TOPUP_NMI_PRIMARY(Table.BENCHMARKING, "topup_nmi_primary", Unit.POUNDS),
  BENCH_TOPUP_NMI_SECONDARY(Table.BENCHMARKING, "topup_nmi_secondary", Unit.POUNDS),
  BENCH_TOPUP_NMI_SPECIAL(Table.BENCHMARKING, "topup_nmi_special", Unit.POUNDS),
  BENCH_TOPUP_NMI_PRU_AP(Table.BENCHMARKING, "topup_nmi_pru_ap", Unit.POUNDS),
  BENCH_TOPUP_NMI_POST_SCHOOL(Table.BENCHMARKING, "topup_nmi_post_school", Unit.POUNDS),
  BENCH_TOPUP_NMI_INCOME(Table.BENCHMARKING, "topup_nmi_income", Unit.POUNDS),
  BENCH_SEN_SUPPORT_INCLUSION_SERVICES(Table.BENCHMARKING, "sen_support_inclusion_services", Unit.POUNDS),
  BENCH_ALTERNATIVE_PROVISION_SERVICES(Table.BENCHMARKING, "alternative_provision_services", Unit.POUNDS),
  BENCH_HOSPITAL_EDUCATION_SERVICES(Table.BENCHMARKING, "hospital_education_services", Unit.POUNDS),
  BENCH_THERAPIES_HEALTH_SERVICES(Table.BENCHMARKING, "therapies_health_services", Unit.POUNDS),
  BENCH_OUTTURN_S251_BUDGET_PLACE_FUNDING_TOTAL(Table.BENCHMARKING, "outturn_s251_budget_place_funding_total", Unit.POUNDS),
  BENCH_OUTTURN_PLACE_EARLY_YEARS(Table.BENCHMARKING, "outturn_place_early_years", Unit.POUNDS),
  BENCH_OUTTURN_PLACE_PRIMARY(Table.BENCHMARKING, "outturn_place_primary", Unit.POUNDS),
  BENCH_OUTTURN_PLACE_SECONDARY(Table.BENCHMARKING, "outturn_place_secondary", Unit.POUNDS),
  BENCH_OUTTURN_PLACE_SPECIAL(Table.BENCHMARKING, "outturn_place_special", Unit.POUNDS),
  BENCH_OUTTURN_PLACE_PRU_AP(Table.BENCHMARKING, "outturn_place_pru_ap", Unit.POUNDS),
  BENCH_OUTTURN_PLACE_POST_SCHOOL(Table.BENCHMARKING, "outturn_place_post_school", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_MAINTAINED_TOTAL(Table.BENCHMARKING, "outturn_topup_maintained_total", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_M_EARLY_YEARS(Table.BENCHMARKING, "outturn_topup_m_early_years", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_M_PRIMARY(Table.BENCHMARKING, "outturn_topup_m_primary", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_M_SECONDARY(Table.BENCHMARKING, "outturn_topup_m_secondary", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_M_SPECIAL(Table.BENCHMARKING, "outturn_topup_m_special", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_M_PRU_AP(Table.BENCHMARKING, "outturn_topup_m_pru_ap", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_M_POST_SCHOOL(Table.BENCHMARKING, "outturn_topup_m_post_school", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_M_INCOME(Table.BENCHMARKING, "outturn_topup_m_income", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_NMI_TOTAL(Table.BENCHMARKING, "outturn_topup_nmi_total", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_NMI_EARLY_YEARS(Table.BENCHMARKING, "outturn_topup_nmi_early_years", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_NMI_PRIMARY(Table.BENCHMARKING, "outturn_topup_nmi_primary", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_NMI_SECONDARY(Table.BENCHMARKING, "outturn_topup_nmi_secondary", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_NMI_SPECIAL(Table.BENCHMARKING, "outturn_topup_nmi_special", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_NMI_PRU_AP(Table.BENCHMARKING, "outturn_topup_nmi_pru_ap", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_NMI_POST_SCHOOL(Table.BENCHMARKING, "outturn_topup_nmi_post_school", Unit.POUNDS),
  BENCH_OUTTURN_TOPUP_NMI_INCOME(Table.BENCHMARKING, "outturn_topup_nmi_income", Unit.POUNDS),
  BENCH_OUTTURN_SEN_SUPPORT_INCLUSION_SERVICES(Table.BENCHMARKING, "outturn_sen_support_inclusion_services", Unit.POUNDS),
  BENCH_OUTTURN_ALTERNATIVE_PROVISION_SERVICES(Table.BENCHMARKING, "outturn_alternative_provision_services", Unit.POUNDS),
  BENCH_OUTTURN_HOSPITAL_EDUCATION_SERVICES(Table.BENCHMARKING, "outturn_hospital_education_services", Unit.POUNDS),
  BENCH_OUTTURN_THERAPIES_HEALTH_SERVICES(Table.BENCHMARKING, "outturn_therapies_health_services", Unit.POUNDS);

  private final Table table;
  private final String column;
  private final Unit unit;

  Measure(Table table, String column, Unit unit) {
    this.table = table;
    this.column = column;
    this.unit = unit;
  }

  /** The table holding the measure. */
  public Table table() {
    return table;
  }

  /** The column name as published in the tidy table. */
  public String column() {
    return column;
  }

  /** The unit. */
  public Unit unit() {
    return unit;
  }
}

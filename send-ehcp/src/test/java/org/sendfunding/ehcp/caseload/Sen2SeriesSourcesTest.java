package org.sendfunding.ehcp.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The shipped national EHC plan series against the DfE release it cites: "Education, health and care
 * plans", reporting year 2025 (National Statistics, 26 June 2025), national rows of its data files
 * <https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans>.
 *
 * <p>The series used to mix releases and secondary reports; these are the figures that differed and were
 * replaced by the release's own (each was checked against the published data file on 2026-12-04).
 */
class Sen2SeriesSourcesTest {

  private final Sen2Series england = Sen2Series.england();

  @Test
  void plans_in_force_are_the_january_caseload_of_the_2025_release() {
    // caseload.csv, ehcplans, National: 353,995 (Jan 2019; was rounded to 354,000), 390,109 (was 390,100),
    // 517,048 (Jan 2023; was 517,000), 576,474 (Jan 2024, revised; was 575,963)
    assertThat(england.value(NationalMeasure.PLANS_IN_FORCE, 2019)).hasValue(353_995.0);
    assertThat(england.value(NationalMeasure.PLANS_IN_FORCE, 2020)).hasValue(390_109.0);
    assertThat(england.value(NationalMeasure.PLANS_IN_FORCE, 2023)).hasValue(517_048.0);
    assertThat(england.value(NationalMeasure.PLANS_IN_FORCE, 2024)).hasValue(576_474.0);
    assertThat(england.value(NationalMeasure.PLANS_IN_FORCE, 2025)).hasValue(638_745.0);
  }

  @Test
  void flows_are_the_calendar_year_national_rows() {
    // requests.csv requests_received_in_year: 93,302 (2021; was 93,300), 114,482 (2022; was 114,500),
    // 138,242 (2023; was 138,200)
    assertThat(england.value(NationalMeasure.REQUESTS, 2021)).hasValue(93_302.0);
    assertThat(england.value(NationalMeasure.REQUESTS, 2022)).hasValue(114_482.0);
    assertThat(england.value(NationalMeasure.REQUESTS, 2023)).hasValue(138_242.0);
    // newplans.csv new_ehc_plans: 53,899 in 2019 (53,327 was the timeliness denominator, plans issued
    // with a 20-week measure), 66,706 (2022; was 66,400), 84,428 (2023; was 84,400)
    assertThat(england.value(NationalMeasure.NEW_PLANS, 2019)).hasValue(53_899.0);
    assertThat(england.value(NationalMeasure.NEW_PLANS, 2022)).hasValue(66_706.0);
    assertThat(england.value(NationalMeasure.NEW_PLANS, 2023)).hasValue(84_428.0);
    // ceased_plans.csv total_ceased; timeliness_20_week.csv pc and PC_..._ex
    assertThat(england.value(NationalMeasure.CEASED, 2022)).hasValue(34_724.0);
    assertThat(england.value(NationalMeasure.PCT_WITHIN_20_WEEKS_INCL_EXCEPTIONS, 2024)).hasValue(45.9);
    assertThat(england.value(NationalMeasure.PCT_WITHIN_20_WEEKS_EXCL_EXCEPTIONS, 2024)).hasValue(46.4);
  }

  @Test
  void every_figure_names_the_release_and_data_file_it_was_read_in() {
    for (NationalMeasure m : NationalMeasure.values()) {
      for (int year = 2019; year <= 2025; year++) {
        if (england.value(m, year).isPresent()) {
          assertThat(england.source(m, year)).as(m + " " + year)
              .hasValueSatisfying(s -> assertThat(s).startsWith("DfE EHC plans 2025 release (EES) ").contains(".csv"));
        }
      }
    }
  }
}

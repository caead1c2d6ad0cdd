package org.sendfunding.ehcp.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.ehcp.timeline.CaseEvent;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.EventType;
import org.sendfunding.ehcp.timeline.TimescaleException;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;

class CaseloadMeasuresTest {

  static final LocalAuthority CAMDEN = LocalAuthorities.england().byCode(202);
  static final LocalAuthority OTHER =
      LocalAuthorities.england().all().stream().filter(la -> la.code() != 202).findFirst().orElseThrow();

  static EhcpCase plan(String id, LocalAuthority la, LocalDate request, LocalDate fin, CaseEvent... more) {
    return EhcpCase.builder().id(id).localAuthority(la).requestReceived(request)
        .addEvents(CaseEvent.of(EventType.DECISION_TO_ASSESS, request.plusWeeks(5)))
        .addEvents(CaseEvent.of(EventType.FINAL_ISSUED, fin)).addEvents(more).build();
  }

  List<EhcpCase> caseload() {
    LocalDate jan8 = LocalDate.of(2024, 1, 8); // + 140 days = Mon 27 May 2024
    List<EhcpCase> cases = new ArrayList<>();
    cases.add(plan("A", CAMDEN, jan8, LocalDate.of(2024, 5, 20),
        CaseEvent.of(EventType.REVIEW_MEETING, LocalDate.of(2025, 5, 1))));
    cases.add(plan("B", CAMDEN, jan8, LocalDate.of(2024, 5, 27))); // on the due day: in time
    cases.add(plan("C", CAMDEN, jan8, LocalDate.of(2024, 6, 10)));
    cases.add(EhcpCase.builder().from(plan("D", CAMDEN, jan8, LocalDate.of(2024, 7, 1),
            CaseEvent.of(EventType.PLAN_CEASED, LocalDate.of(2025, 3, 1))))
        .addExceptions(TimescaleException.ABSENT_FROM_AREA).build());
    // Other LA: 5 Feb 2024 + 140 days = 24 Jun 2024; issued 20 Jun, in time.
    cases.add(plan("E", OTHER, LocalDate.of(2024, 2, 5), LocalDate.of(2024, 6, 20)));
    cases.add(EhcpCase.builder().id("F").localAuthority(OTHER).requestReceived(LocalDate.of(2024, 3, 1))
        .addEvents(CaseEvent.of(EventType.DECISION_NOT_TO_ASSESS, LocalDate.of(2024, 4, 5))).build());
    return cases;
  }

  @Test
  void twenty_week_rates_including_and_excluding_exceptions() {
    CaseloadReport r = CaseloadMeasures.DEFAULT.report(caseload(), LocalDate.of(2025, 12, 31));
    YearMeasures y = r.year(2024);
    assertThat(y.requests()).isEqualTo(6);
    assertThat(y.assessments()).isEqualTo(5);
    assertThat(y.newPlans()).isEqualTo(5);
    // A, B, E in time: 3 of 5 = 60%. Excluding D (exception (d)): 3 of 4 = 75%.
    assertThat(y.percentWithin20WeeksIncludingExceptions()).hasValue(60.0);
    assertThat(y.percentWithin20WeeksExcludingExceptions()).hasValue(75.0);
    // Camden: A, B of A-D = 50%; excluding D: 2 of 3.
    YearMeasures camden = r.year(2024, CAMDEN).orElseThrow();
    assertThat(camden.percentWithin20WeeksIncludingExceptions()).hasValue(50.0);
    assertThat(camden.percentWithin20WeeksExcludingExceptions().getAsDouble()).isCloseTo(66.667, within(0.001));
    // National 2024 (DfE, ehcp.md): 46.4% excluding exceptions; 75.0 - 46.4 = 28.6 points.
    assertThat(r.differenceFromNational(2024).getAsDouble()).isCloseTo(28.6, within(1e-9));
  }

  @Test
  void reviews_and_ceased_by_the_year_they_fall_due() {
    CaseloadReport r = CaseloadMeasures.DEFAULT.report(caseload(), LocalDate.of(2025, 12, 31));
    YearMeasures y = r.year(2025);
    // Reviews due in 2025: A (met 1 May), B, C, E (overdue); D ceased before its review fell due.
    assertThat(y.reviewsDue()).isEqualTo(4);
    assertThat(y.reviewsOnTime()).isEqualTo(1);
    assertThat(y.percentReviewsOnTime()).hasValue(25.0);
    assertThat(y.ceased()).isEqualTo(1);
    assertThat(r.toText()).contains("2024         6        5        5       0      60.0%      75.0%      46.4%");
  }

  @Test
  void national_series_is_cited_data() {
    Sen2Series n = Sen2Series.england();
    assertThat(n.value(NationalMeasure.PCT_WITHIN_20_WEEKS_EXCL_EXCEPTIONS, 2022)).hasValue(49.2);
    assertThat(n.value(NationalMeasure.NEW_PLANS, 2024)).hasValue(97747.0);
    assertThat(n.value(NationalMeasure.PLANS_IN_FORCE, 2025)).hasValue(638745.0);
    assertThat(n.source(NationalMeasure.CEASED, 2024)).hasValue("DfE EHC plans 2025 release (EES) ceased_plans.csv total_ceased");
    // ceased plans are published from 2022 only
    assertThat(n.value(NationalMeasure.CEASED, 2019)).isEmpty();
  }

  @Test
  void national_series_loader_lists_bad_lines() {
    String data = "year,measure,value,source\n2024,requests,abc,x\n2024,bogus,1,x\n2024,requests,5\n";
    assertThatThrownBy(() -> Sen2Series.parse(new java.io.ByteArrayInputStream(data.getBytes(
            java.nio.charset.StandardCharsets.UTF_8)), "n.csv"))
        .isInstanceOf(org.sendfunding.model.input.InputException.class)
        .hasMessage("3 problems in n.csv:\n"
            + "  line 2, column 'value' ('abc'): " + org.sendfunding.model.input.NumberSyntax.DECIMAL + "\n"
            + "  line 3, column 'measure' ('bogus'): unknown measure (known: plans_in_force, requests, new_plans, ceased, "
            + "pct_within_20_weeks_incl_exceptions, pct_within_20_weeks_excl_exceptions)\n"
            + "  line 4: 3 cells but the header has 4 columns");
  }

  @Test
  void national_series_loader_checks_header_negatives_and_repeats() {
    String header = "year,value\n2024,5\n";
    assertThatThrownBy(() -> Sen2Series.parse(new java.io.ByteArrayInputStream(header.getBytes(
            java.nio.charset.StandardCharsets.UTF_8)), "n.csv"))
        .hasMessage("2 problems in n.csv:\n"
            + "  line 1, column 'measure': missing column (expected year,measure,value,source)\n"
            + "  line 1, column 'source': missing column (expected year,measure,value,source)");
    String data = "year,measure,value,source\n2024,requests,-5,x\n2024,ceased,1,x\n2024,ceased,2,y\n"
        + "2024,pct_within_20_weeks_excl_exceptions,146.4,z\n1924,ceased,1,x\n";
    assertThatThrownBy(() -> Sen2Series.parse(new java.io.ByteArrayInputStream(data.getBytes(
            java.nio.charset.StandardCharsets.UTF_8)), "n.csv"))
        .hasMessageStartingWith("4 problems in n.csv:\n"
            + "  line 2, column 'value' ('-5'): must not be negative (a year's EHC needs assessment requests, new plans or "
            + "ceased plans in England)\n")
        .hasMessageContaining("\n  line 4, column 'measure' ('ceased'): given twice for 2024\n"
            + "  line 5, column 'value' ('146.4'): implausible for a percentage of cases or pupils: more than 100% (")
        .hasMessageContaining("\n  line 6, column 'year' ('1924'): implausible for a calendar year of data: less than 2000 (");
  }

  @Test
  void national_series_reads_excel_csv_utf8_with_quoted_thousands() {
    String data = "\uFEFF# note\r\nyear,measure,value,source\r\n2024,plans_in_force,\"575,963\",\"DfE, revised\"\r\n";
    Sen2Series s = Sen2Series.parse(new java.io.ByteArrayInputStream(data.getBytes(
        java.nio.charset.StandardCharsets.UTF_8)), "n.csv");
    assertThat(s.value(NationalMeasure.PLANS_IN_FORCE, 2024)).hasValue(575963.0);
    assertThat(s.source(NationalMeasure.PLANS_IN_FORCE, 2024)).hasValue("DfE, revised");
  }

  @Test
  void repeated_case_ids_are_refused() {
    List<EhcpCase> twice = List.of(caseload().get(0), caseload().get(0));
    assertThatThrownBy(() -> CaseloadMeasures.DEFAULT.report(twice, LocalDate.of(2025, 12, 31)))
        .hasMessage("CaseloadMeasures.cases: case id A appears more than once");
  }

  @Test
  void la_rows_add_up_to_the_all_la_row() {
    qt().withExamples(50)
        .forAll(lists().of(integers().between(0, 400)).ofSizeBetween(1, 25))
        .check(offsets -> {
          List<EhcpCase> cases = new ArrayList<>();
          for (int i = 0; i < offsets.size(); i++) {
            LocalDate req = LocalDate.of(2023, 1, 2).plusDays(offsets.get(i));
            cases.add(plan("X" + i, i % 3 == 0 ? OTHER : CAMDEN, req, req.plusDays(60 + offsets.get(i) % 150)));
          }
          CaseloadReport r = CaseloadMeasures.DEFAULT.report(cases, LocalDate.of(2025, 6, 30));
          return r.byYear().stream().allMatch(y -> {
            int plans = r.byYearAndLocalAuthority().stream().filter(m -> m.year() == y.year())
                .mapToInt(YearMeasures::newPlans).sum();
            int within = r.byYearAndLocalAuthority().stream().filter(m -> m.year() == y.year())
                .mapToInt(YearMeasures::newPlansWithin20Weeks).sum();
            return plans == y.newPlans() && within == y.newPlansWithin20Weeks()
                && y.newPlansWithin20Weeks() <= y.newPlans();
          });
        });
  }
}

package org.sendfunding.ehcp.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every shipped statutory period cites a document, a paragraph and an https address, and {@code verified}
 * is true exactly for the periods compared with the primary text (docs/sources.md, "Verified values").
 *
 * <p>The verified periods are pinned here to the words of the text read on legislation.gov.uk, so an edit
 * of the data file that drifts from the law fails: The Special Educational Needs and Disability Regulations
 * 2014 (SI 2014/1530) <https://www.legislation.gov.uk/uksi/2014/1530>, the Children and Families Act 2014
 * s44(1), and The Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber)
 * Rules 2008 (SI 2008/2699) rules 12(3)(a) and 20(1)(c) <https://www.legislation.gov.uk/uksi/2008/2699>.
 */
class StatutoryPeriodsSourcesTest {

  private final StatutoryPeriods standard = StatutoryPeriods.standard();

  @Test
  void every_period_names_a_document_a_paragraph_and_an_https_address() {
    for (StatutoryPeriod p : standard.periods().values()) {
      assertThat(p.source().title()).as(p.id()).isNotBlank().doesNotContain("shared/").doesNotContain(".md");
      assertThat(p.source().paragraph()).as(p.id()).isPresent();
      assertThat(p.source().href()).as(p.id()).hasValueSatisfying(h -> assertThat(h).startsWith("https://"));
    }
  }

  @Test
  void verified_means_compared_with_the_primary_text_on_legislation_gov_uk() {
    Map<String, Boolean> verified = new TreeMap<>(standard.periods().values().stream()
        .collect(Collectors.toMap(StatutoryPeriod::id, StatutoryPeriod::verified)));
    assertThat(verified.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey))
        .containsExactlyInAnyOrder(
            "assessment-decision", "no-plan-notice", "final-plan", "draft-comment", "annual-review",
            "amendment-final", "transfer-school", "transfer-post16", "transfer-post16-to-post16",
            "appeal-from-decision", "appeal-from-certificate", "review-notice");
    // the other 12: only guidance or secondary copies of the text were read (docs/sources.md says which)
    assertThat(verified.values().stream().filter(v -> !v)).hasSize(12);
    for (StatutoryPeriod p : standard.periods().values()) {
      if (p.verified()) {
        assertThat(p.source().href()).as(p.id()).hasValueSatisfying(h -> assertThat(h).startsWith("https://www.legislation.gov.uk/"));
      }
    }
  }

  @Test
  void the_verified_periods_are_the_periods_of_the_text_read() {
    // reg 5(1): "within 6 weeks of ... receiving a request for an assessment"
    assertPeriod("assessment-decision", "6 weeks", "regulation 5(1)");
    // reg 10(1): "within 16 weeks of the local authority receiving a request for an EHC needs assessment"
    assertPeriod("no-plan-notice", "16 weeks", "regulation 10(1)");
    // reg 13(2): "within 20 weeks of the local authority receiving a request for an EHC needs assessment"
    assertPeriod("final-plan", "20 weeks", "regulation 13(2)");
    // reg 13(1)(a): "at least 15 days, beginning with the day on which the draft plan was served"
    assertPeriod("draft-comment", "15 days (trigger day is day 1)", "regulation 13(1)(a)");
    // CFA 2014 s44(1): review in each period of 12 months from the plan, then from the last review
    assertPeriod("annual-review", "12 months", "section 44(1)");
    // reg 22(3): "within 8 weeks of the local authority sending a copy of the EHC plan" under 22(2)(a)
    assertPeriod("amendment-final", "8 weeks", "regulation 22(3)");
    // reg 18(1)(b): "15 February in the calendar year of the child's transfer in any other case"
    assertPeriod("transfer-school", "15 February", "regulation 18(1)(b)");
    // reg 18(1)(a): "31 March in the calendar year of the ... transfer from secondary school to a post-16 institution"
    assertPeriod("transfer-post16", "31 March", "regulation 18(1)(a)");
    // reg 18(2): "at least five months before that transfer takes place"
    assertPeriod("transfer-post16-to-post16", "5 months before", "regulation 18(2)");
    // reg 20(3): "At least two weeks' notice of the date of the meeting must be given"
    assertPeriod("review-notice", "2 weeks before", "regulation 20(3)");
    // HESC Rules rule 20(1)(c): "(i) within 2 months after written notice of the decision ... or (ii) within
    // 1 month from the date of issue of the mediation certificate if that date would be a later date"
    assertPeriod("appeal-from-decision", "2 months", "rule 20(1)(c)");
    assertPeriod("appeal-from-certificate", "1 months", "rule 20(1)(c)");
    // rule 12(3)(a): a notice of appeal due 25 Dec to 1 Jan or in August is in time on the first working
    // day after 1 January or 31 August
    assertThat(standard.get("appeal-from-decision").tribunalHolidayShift()).isTrue();
    assertThat(standard.get("appeal-from-certificate").tribunalHolidayShift()).isTrue();
  }

  private void assertPeriod(String id, String length, String paragraph) {
    StatutoryPeriod p = standard.get(id);
    assertThat(p.lengthText()).as(id).isEqualTo(length);
    assertThat(p.source().paragraph()).as(id).hasValueSatisfying(s -> assertThat(s).startsWith(paragraph));
    assertThat(p.verified()).as(id).isTrue();
  }

  @Test
  void reassessment_limit_is_lifted_by_the_regulation_27_3_exceptions() {
    // The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530), regulation 27(3)(a)-(d)
    // <https://www.legislation.gov.uk/uksi/2014/1530/regulation/27>: the LA "need not comply with the time
    // limit referred to in paragraph (2) if it is impractical to do so" because of a school closure, an
    // early years closure, exceptional personal circumstances or absence from the area. The file had no
    // exceptionsApply for reassessment-final, so an excepted case was reported as a plain breach.
    assertThat(standard.get("reassessment-final").exceptionsApply()).isTrue();
    EhcpCase c = TimelineWorkedExamplesTest.withPlan()
        .addExceptions(TimescaleException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES)
        .addEvents(TimelineEngineTest.ev(EventType.REASSESSMENT_REQUESTED, 2025, 3, 3))
        .build();
    Timeline t = TimelineEngine.DEFAULT.timeline(c, LocalDate.of(2025, 7, 1));
    Deadline reassessment = t.deadline("reassessment-final");
    // 3 Mar 2025 + 14 weeks = Mon 9 Jun 2025, not met by 1 Jul: overdue, but an exception applies
    assertThat(reassessment.due()).isEqualTo(LocalDate.of(2025, 6, 9));
    assertThat(reassessment.status()).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(reassessment.exceptionApplies()).isTrue();
    assertThat(reassessment.explanation().inputs()).containsKey("exception");
  }

  @Test
  void the_loader_reads_a_paragraph_and_refuses_an_empty_one() {
    String one = "a.length = 3 days\na.rule = r\na.source = s\na.paragraph = reg 1(2)\na.href = https://x\n"
        + "a.inForce = 2014-09-01\na.verified = true\n";
    assertThatThrownBy(() -> parse(one))
        // only the missing required periods are wrong: the paragraph line itself is accepted
        .hasMessageNotContaining("paragraph")
        .hasMessageContaining("period assessment-decision is required by the timeline engine but missing");
    String empty = one.replace("a.paragraph = reg 1(2)", "a.paragraph =");
    assertThatThrownBy(() -> parse(empty))
        .hasMessageContaining("line 4, column 'a.paragraph': empty (leave the line out if the source has no paragraph)");
    // the standard file round-trips its paragraphs into the explanation's source
    assertThat(standard.get("final-plan").parameterUse().references().get(0).paragraph())
        .contains(standard.get("final-plan").source().paragraph().orElseThrow());
  }

  private static StatutoryPeriods parse(String data) {
    return StatutoryPeriods.parse(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), "t");
  }
}

package org.sendfunding.ehcp.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.NumberSyntax;

class StatutoryPeriodsTest {

  @Test
  void standard_periods_match_the_regulations() {
    StatutoryPeriods p = StatutoryPeriods.standard();
    assertThat(p.periods().keySet()).containsAll(StatutoryPeriods.REQUIRED);
    assertThat(p.get("assessment-decision").lengthText()).isEqualTo("6 weeks");
    assertThat(p.get("no-plan-notice").lengthText()).isEqualTo("16 weeks");
    assertThat(p.get("final-plan").lengthText()).isEqualTo("20 weeks");
    assertThat(p.get("draft-comment").lengthText()).isEqualTo("15 days (trigger day is day 1)");
    assertThat(p.get("transfer-school").lengthText()).isEqualTo("15 February");
    assertThat(p.get("transfer-post16-to-post16").lengthText()).isEqualTo("5 months before");
    assertThat(p.get("mediation-certificate").lengthText()).isEqualTo("3 working days");
    assertThat(p.get("final-plan").source().toString())
        .isEqualTo("The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530), regulation 13(2) "
            + "(exceptions: regulation 13(3), by reference to regulation 10(4)(a)-(d)) "
            + "<https://www.legislation.gov.uk/uksi/2014/1530/regulation/13>");
  }

  @Test
  void a_scenario_can_replace_a_period() {
    StatutoryPeriods p = StatutoryPeriods.standard();
    StatutoryPeriods shorter = p.withPeriod(StatutoryPeriod.builder().from(p.get("final-plan")).amount(18).build());
    assertThat(shorter.get("final-plan").lengthText()).isEqualTo("18 weeks");
    assertThat(p.get("final-plan").lengthText()).isEqualTo("20 weeks");
  }

  @Test
  void loader_checks_repeats_flags_fixed_days_and_dates() {
    String data = "a.length = fixed --02-30\na.rule = r\na.rule = again\na.source = s\na.href = h\n"
        + "a.inForce = 2014-13-01\na.verified = yes\n";
    assertThatThrownBy(() -> StatutoryPeriods.parse(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), "t"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("\n  line 3, column 'a.rule': given twice")
        .hasMessageContaining("\n  line 1, column 'a.length' ('fixed --02-30'): fixed day '--02-30' is not a day of the year like --02-15");
    String data2 = "a.length = 3 days\na.rule = r\na.source = s\na.href = h\na.inForce = 2014-13-01\na.verified = yes\n";
    assertThatThrownBy(() -> StatutoryPeriods.parse(new ByteArrayInputStream(data2.getBytes(StandardCharsets.UTF_8)), "t"))
        .hasMessageContaining("\n  line 5, column 'a.inForce' ('2014-13-01'): " + NumberSyntax.DATE)
        .hasMessageContaining("\n  line 6, column 'a.verified' ('yes'): not true or false");
  }

  @Test
  void unknown_id_names_the_known_ones() {
    assertThatThrownBy(() -> StatutoryPeriods.standard().get("final"))
        .hasMessageStartingWith("StatutoryPeriods: no period 'final' (known: [assessment-decision, ");
  }

  @Test
  void loader_lists_every_error_with_its_line() {
    String data = "final-plan.length = 20 fortnights\n"
        + "final-plan.rule = r\n"
        + "final-plan.source = s\n"
        + "final-plan.href = h\n"
        + "final-plan.inForce = 2014-09-01\n"
        + "final-plan.verified = maybe\n"
        + "final-plan.colour = blue\n"
        + "nonsense line\n"
        + "x.length = 3 days\n";
    assertThatThrownBy(() -> StatutoryPeriods.parse(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), "t.properties"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("27 problems in t.properties:\n")
        .hasMessageContaining("\n  line 7, column 'final-plan.colour': unknown field 'colour' for final-plan")
        .hasMessageContaining("\n  line 8 ('nonsense line'): not a line of the form '<id>.<field> = <value>'")
        .hasMessageContaining("\n  line 1, column 'final-plan.length' ('20 fortnights'): not '<n> days")
        .hasMessageContaining("\n  line 9, column 'x': period x is missing rule, source, href, inForce, verified")
        .hasMessageContaining("\n  period assessment-decision is required by the timeline engine but missing");
  }

  @Test
  void a_utf8_bom_and_crlf_lines_are_read_and_windows_1252_is_refused() throws java.io.IOException {
    String ok = new String(StatutoryPeriods.class.getResourceAsStream(StatutoryPeriods.RESOURCE).readAllBytes(),
        StandardCharsets.UTF_8).replace("\n", "\r\n");
    StatutoryPeriods p = StatutoryPeriods.parse(new ByteArrayInputStream(("\uFEFF" + ok).getBytes(StandardCharsets.UTF_8)), "w.properties");
    assertThat(p.periods()).isEqualTo(StatutoryPeriods.standard().periods());
    assertThatThrownBy(() -> StatutoryPeriods.parse(new ByteArrayInputStream(
            "a.rule = \u00a3\n".getBytes(java.nio.charset.Charset.forName("windows-1252"))), "w.properties"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("line 1 ('byte 0xA3'): the file is not UTF-8 text");
  }
}

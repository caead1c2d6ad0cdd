package org.sendfunding.accountability.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class AccountabilityParametersTest {

  private static final String HEADER = "path,value,unit,in_force_from,verified,description,title,paragraph,href\n";

  @Test
  void shipped_parameters_carry_values_units_dates_and_sources() {
    AccountabilityParameter cap = AccountabilityParameters.DEFAULT.get(AccountabilityParameters.CAP_SD_MULTIPLE);
    assertThat(cap.value()).isEqualTo(2.3);
    assertThat(cap.inForceFrom()).isEqualTo(LocalDate.of(2018, 9, 1));
    assertThat(cap.verified()).isFalse();
    assertThat(cap.use().toString()).isEqualTo("progress8.cap.sdMultiple = 2.3 standard deviations (from 2018-09-01, UNVERIFIED)");
    assertThat(AccountabilityParameters.DEFAULT.get(AccountabilityParameters.CONFIDENCE_Z).value()).isEqualTo(1.96);
    assertThat(AccountabilityParameters.DEFAULT.paths()).contains(
        AccountabilityParameters.SCORE_DIVISOR, AccountabilityParameters.TERMS_IN_KEY_STAGE_4,
        AccountabilityParameters.KS2_NOMINAL_MINIMUM, AccountabilityParameters.KS2_MINIMUM, AccountabilityParameters.KS2_MAXIMUM,
        AccountabilityParameters.ATTAINMENT8_MAXIMUM);
    for (String path : AccountabilityParameters.DEFAULT.paths()) {
      assertThat(AccountabilityParameters.DEFAULT.get(path).reference().href()).as(path).isPresent();
    }
  }

  /**
   * The Progress 8 prior-attainment and reference-population rules this build added are shipped with
   * their values and marked unverified: none could be read in the guide itself here.
   */
  @Test
  void progress_8_rules_added_for_issue_22_are_cited_and_flagged_unverified() {
    AccountabilityParameters p = AccountabilityParameters.DEFAULT;
    assertThat(p.get(AccountabilityParameters.KS2_NOMINAL_MINIMUM).value()).isEqualTo(59);
    assertThat(p.get(AccountabilityParameters.KS2_NOMINAL_BELOW_TEST_THRESHOLD).value()).isEqualTo(79);
    assertThat(p.get(AccountabilityParameters.SINGLE_SCORE_ALLOWED).value()).isEqualTo(1);
    assertThat(p.get(AccountabilityParameters.ESTIMATES_MAINSTREAM_ONLY).value()).isEqualTo(1);
    assertThat(p.get(AccountabilityParameters.CONFIDENCE_CAPPED_SCORES).value()).isEqualTo(1);
    for (String path : List.of(AccountabilityParameters.KS2_NOMINAL_MINIMUM, AccountabilityParameters.KS2_NOMINAL_BELOW_TEST_THRESHOLD,
        AccountabilityParameters.SINGLE_SCORE_ALLOWED, AccountabilityParameters.ESTIMATES_MAINSTREAM_ONLY,
        AccountabilityParameters.CONFIDENCE_CAPPED_SCORES, AccountabilityParameters.CAP_SD_MULTIPLE)) {
      AccountabilityParameter a = p.get(path);
      assertThat(a.verified()).as(path).isFalse();
      assertThat(a.reference().paragraph()).as(path).isPresent();
    }
    assertThat(p.get(AccountabilityParameters.KS2_NOMINAL_MINIMUM).description()).contains("DERIVED");
    assertThat(p.paths()).doesNotContain("priorattainment.group.width");
    // The single-score rule applies from the first Progress 8 on KS2 scaled scores (KS4 2022).
    assertThatThrownBy(() -> p.asOf(LocalDate.of(2021, 8, 31)).get(AccountabilityParameters.SINGLE_SCORE_ALLOWED))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void value_in_force_on_a_date() {
    AccountabilityParameters p = AccountabilityParameters.read("test.csv", new StringReader(HEADER
        + "a.b,1,x,2018-09-01,true,d,T,,\n"
        + "a.b,2,x,2020-09-01,true,d,T,,\n"));
    assertThat(p.get("a.b").value()).isEqualTo(2);
    assertThat(p.asOf(LocalDate.of(2019, 1, 1)).get("a.b").value()).isEqualTo(1);
    assertThat(p.asOf(LocalDate.of(2020, 9, 1)).get("a.b").value()).isEqualTo(2);
    assertThatThrownBy(() -> p.asOf(LocalDate.of(2010, 1, 1)).get("a.b"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("AccountabilityParameters: 'a.b' has no value in force on 2010-01-01; the first is from 2018-09-01");
    assertThatThrownBy(() -> p.get("nope")).hasMessage("AccountabilityParameters: no parameter 'nope'; known paths are [a.b]");
  }

  @Test
  void override_replaces_the_value_and_says_why() {
    AccountabilityParameters p = AccountabilityParameters.DEFAULT
        .withValue(AccountabilityParameters.CAP_SD_MULTIPLE, 2.0, "what-if: cap at 2 SD");
    assertThat(p.get(AccountabilityParameters.CAP_SD_MULTIPLE).value()).isEqualTo(2.0);
    assertThat(p.get(AccountabilityParameters.CAP_SD_MULTIPLE).reference().title()).isEqualTo("Override: what-if: cap at 2 SD");
    assertThat(AccountabilityParameters.DEFAULT.get(AccountabilityParameters.CAP_SD_MULTIPLE).value()).isEqualTo(2.3);
  }

  @Test
  void reading_lists_every_bad_row() {
    assertThatThrownBy(() -> AccountabilityParameters.read("bad.csv", new StringReader(HEADER
        + "a,one,x,2018-09-01,true,d,T,,\n"
        + "b,1,x,2018-13-01,true,d,T,,\n"
        + "c,1,x,2018-09-01,yes,d,T,,\n"
        + "d,1,x\n")))
        .hasMessage("bad.csv: 4 bad parameter row(s):\n"
            + "  line 2: column value: 'one' is not a number\n"
            + "  line 3: column in_force_from: '2018-13-01' is not a date yyyy-mm-dd\n"
            + "  line 4: column verified: 'yes' is not true or false\n"
            + "  line 5: 3 fields, expected 9");
    assertThatThrownBy(() -> AccountabilityParameters.read("dup.csv", new StringReader(HEADER
        + "a,1,x,2018-09-01,true,d,T,,\n" + "a,2,x,2018-09-01,true,d,T,,\n")))
        .hasMessage("dup.csv: AccountabilityParameters: a has two values in force from 2018-09-01");
  }
}

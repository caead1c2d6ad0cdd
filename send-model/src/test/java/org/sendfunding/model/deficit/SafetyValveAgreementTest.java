package org.sendfunding.model.deficit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

class SafetyValveAgreementTest {

  private static SafetyValveInstalment instalment(int year, String amount, InstalmentStatus status) {
    return SafetyValveInstalment.builder()
        .dueYear(FinancialYear.of(year))
        .amount(Money.ofPounds(amount))
        .addConditions("in-year DSG balance within the recovery plan")
        .status(status)
        .build();
  }

  @Test
  void york_agreement_of_17_1m_over_five_years() {
    // York: £17.1m over 5 years (funding.md, safety valve examples). Instalment split illustrative.
    SafetyValveAgreement york = SafetyValveAgreement.builder()
        .localAuthority(LocalAuthorities.england().byCode(816))
        .agreedOn(LocalDate.of(2022, 3, 31))
        .total(Money.ofPounds("17100000"))
        .addInstalments(
            instalment(2021, "7600000", InstalmentStatus.PAID),
            instalment(2022, "2400000", InstalmentStatus.PAID),
            instalment(2023, "2400000", InstalmentStatus.WITHHELD),
            instalment(2024, "2400000", InstalmentStatus.DUE),
            instalment(2025, "2300000", InstalmentStatus.DUE))
        .build();
    assertThat(york.paid()).isEqualTo(Money.ofPounds("10000000"));
    assertThat(york.withheld()).isEqualTo(Money.ofPounds("2400000"));
    assertThat(york.sumWithStatus(InstalmentStatus.DUE)).isEqualTo(Money.ofPounds("4700000"));
  }

  @Test
  void rejects_totals_that_do_not_match_and_instalments_out_of_order() {
    SafetyValveAgreement.Builder b = SafetyValveAgreement.builder()
        .localAuthority(LocalAuthorities.england().byCode(816))
        .agreedOn(LocalDate.of(2022, 3, 31))
        .total(Money.ofPounds("10"))
        .addInstalments(instalment(2022, "6", InstalmentStatus.DUE));
    assertThatThrownBy(b::build)
        .hasMessage("SafetyValveAgreement.total: £10.00 does not equal the sum of instalments £6.00 (York (816))");
    SafetyValveAgreement.Builder outOfOrder = SafetyValveAgreement.builder()
        .localAuthority(LocalAuthorities.england().byCode(816))
        .agreedOn(LocalDate.of(2022, 3, 31))
        .total(Money.ofPounds("10"))
        .addInstalments(instalment(2023, "5", InstalmentStatus.DUE), instalment(2022, "5", InstalmentStatus.DUE));
    assertThatThrownBy(outOfOrder::build)
        .hasMessage("SafetyValveAgreement.instalments[1]: due 2022-23 is not after the previous instalment's 2023-24 (York (816))");
    assertThatThrownBy(() -> instalment(2022, "0", InstalmentStatus.DUE))
        .hasMessage("SafetyValveInstalment.amount: £0.00 must be above zero (due 2022-23)");
  }
}

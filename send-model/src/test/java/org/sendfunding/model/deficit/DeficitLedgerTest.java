package org.sendfunding.model.deficit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

class DeficitLedgerTest {

  private static final LocalAuthority YORK = LocalAuthorities.england().byCode(816);
  private static final StatutoryOverridePeriod OVERRIDE =
      StatutoryOverridePeriod.of(LocalDate.of(2020, 11, 29), LocalDate.of(2028, 3, 31),
          "SI 2020/1212, extended by SI 2022/1328 and in June 2025");

  private static LedgerEntry entry(int year, Money opening, String income, String spend) {
    return LedgerEntry.builder()
        .financialYear(FinancialYear.of(year))
        .openingBalance(opening)
        .putIncome("high needs allocation", Money.ofPounds(income))
        .putSpend("places and top-ups", Money.ofPounds(spend))
        .build();
  }

  @Test
  void closing_is_opening_plus_income_minus_spend() {
    LedgerEntry e = LedgerEntry.builder()
        .financialYear(FinancialYear.parse("2025-26"))
        .openingBalance(Money.ofPounds("-10000000"))
        .putIncome("high needs allocation", Money.ofPounds("50000000"))
        .putIncome("block transfer", Money.ofPounds("1000000"))
        .putSpend("top-ups and places", Money.ofPounds("55000000"))
        .build();
    assertThat(e.totalIncome()).isEqualTo(Money.ofPounds("51000000"));
    assertThat(e.inYearBalance()).isEqualTo(Money.ofPounds("-4000000"));
    assertThat(e.closingBalance()).isEqualTo(Money.ofPounds("-14000000"));
  }

  @Test
  void the_override_ring_fences_deficits_to_31_march_2028_only() {
    LedgerEntry y1 = entry(2027, Money.ofPounds("-5000000"), "40000000", "42000000");
    LedgerEntry y2 = entry(2028, y1.closingBalance(), "41000000", "44000000");
    DeficitLedger ledger = DeficitLedger.builder().localAuthority(YORK).addEntries(y1, y2).statutoryOverride(OVERRIDE).build();
    assertThat(ledger.closingBalance()).isEqualTo(Money.ofPounds("-10000000"));
    assertThat(ledger.openingBalance()).isEqualTo(Money.ofPounds("-5000000"));
    assertThat(ledger.isRingFenced(FinancialYear.parse("2027-28"))).isTrue();
    assertThat(ledger.isRingFenced(FinancialYear.parse("2028-29"))).isFalse();
    assertThat(ledger.entry(FinancialYear.parse("2028-29"))).contains(y2);
    assertThat(DeficitLedger.builder().localAuthority(YORK).addEntries(y1).build().isRingFenced(FinancialYear.of(2027))).isFalse();
  }

  @Test
  void rejects_a_ledger_that_does_not_reconcile_naming_the_year() {
    LedgerEntry y1 = entry(2025, Money.ZERO, "10", "20");
    LedgerEntry wrongOpening = entry(2026, Money.ZERO, "10", "20");
    assertThatThrownBy(() -> DeficitLedger.builder().localAuthority(YORK).addEntries(y1, wrongOpening).build())
        .hasMessage("DeficitLedger.entries[1]: 2026-27 opens at £0.00 but 2025-26 closed at -£10.00 (York (816))");
    LedgerEntry gap = entry(2027, y1.closingBalance(), "10", "20");
    assertThatThrownBy(() -> DeficitLedger.builder().localAuthority(YORK).addEntries(y1, gap).build())
        .hasMessage("DeficitLedger.entries[1]: 2027-28 does not follow 2025-26 (York (816))");
    assertThatThrownBy(() -> DeficitLedger.builder().localAuthority(YORK).build())
        .hasMessage("DeficitLedger.entries: at least one year is required (York (816))");
    assertThatThrownBy(() -> entry(2025, Money.ZERO, "10", "-20"))
        .hasMessage("LedgerEntry.spend: line 'places and top-ups' is negative (-£20.00) in 2025-26");
    assertThatThrownBy(() -> StatutoryOverridePeriod.of(LocalDate.of(2028, 1, 1), LocalDate.of(2027, 1, 1), "x"))
        .hasMessage("StatutoryOverridePeriod.until: 2027-01-01 is before from 2028-01-01");
  }

  @Test
  void any_chain_of_years_reconciles_end_to_end() {
    qt().withExamples(300)
        .forAll(
            longs().between(-1_000_000_000_00L, 1_000_000_000_00L),
            lists().of(integers().between(0, 1_000_000_000)).ofSizeBetween(2, 20))
        .check((opening, flows) -> {
          List<LedgerEntry> entries = new ArrayList<>();
          Money balance = Money.ofPence(opening);
          long totalIncome = 0;
          long totalSpend = 0;
          for (int i = 0; i + 1 < flows.size(); i += 2) {
            LedgerEntry e = LedgerEntry.builder()
                .financialYear(FinancialYear.of(2020 + i / 2))
                .openingBalance(balance)
                .putIncome("income", Money.ofPence(flows.get(i)))
                .putSpend("spend", Money.ofPence(flows.get(i + 1)))
                .build();
            totalIncome += flows.get(i);
            totalSpend += flows.get(i + 1);
            entries.add(e);
            balance = e.closingBalance();
          }
          DeficitLedger ledger = DeficitLedger.builder().localAuthority(YORK).addAllEntries(entries).build();
          return ledger.closingBalance().pence() == opening + totalIncome - totalSpend
              && ledger.entries().stream().allMatch(e -> e.closingBalance().equals(
                  e.openingBalance().plus(e.totalIncome()).minus(e.totalSpend())));
        });
  }
}

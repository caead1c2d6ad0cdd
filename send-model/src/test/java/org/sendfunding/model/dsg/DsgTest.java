package org.sendfunding.model.dsg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

class DsgTest {

  private static final LocalAuthority HALTON = LocalAuthorities.england().byCode(876);
  private static final FinancialYear FY2025 = FinancialYear.parse("2025-26");

  private static HighNeedsBlock haltonHighNeeds() {
    // Halton 2025-26 high needs block £29.267m (council papers, funding.md).
    return HighNeedsBlock.builder()
        .localAuthority(HALTON)
        .financialYear(FY2025)
        .putComponents("formula allocation", Money.ofPounds("29367000"))
        .putComponents("import/export adjustment", Money.ofPounds("-100000"))
        .build();
  }

  @Test
  void high_needs_block_total_is_the_sum_of_its_components() {
    assertThat(HALTON.name()).isEqualTo("Halton");
    assertThat(haltonHighNeeds().total()).isEqualTo(Money.ofPounds("29267000"));
    assertThatThrownBy(() -> HighNeedsBlock.builder().localAuthority(HALTON).financialYear(FY2025).build())
        .hasMessage("HighNeedsBlock.components: at least one component is required (Halton (876) 2025-26)");
  }

  @Test
  void dsg_allocation_holds_four_blocks() {
    DsgAllocation dsg = DsgAllocation.builder()
        .localAuthority(HALTON)
        .financialYear(FY2025)
        .schoolsBlock(Money.ofPounds("117833000"))
        .centralSchoolServicesBlock(Money.ofPounds("1000000"))
        .highNeedsBlock(haltonHighNeeds())
        .earlyYearsBlock(Money.ofPounds("12000000"))
        .build();
    assertThat(dsg.block(DsgBlock.HIGH_NEEDS)).isEqualTo(Money.ofPounds("29267000"));
    assertThat(dsg.total()).isEqualTo(Money.ofPounds("160100000"));
    assertThat(dsg.blocks().keySet()).containsExactly(DsgBlock.values());
  }

  @Test
  void dsg_allocation_rejects_a_high_needs_block_for_another_year() {
    assertThatThrownBy(() -> DsgAllocation.builder()
            .localAuthority(HALTON)
            .financialYear(FY2025.next())
            .schoolsBlock(Money.ofPounds("122425000"))
            .centralSchoolServicesBlock(Money.ZERO)
            .highNeedsBlock(haltonHighNeeds())
            .earlyYearsBlock(Money.ZERO)
            .build())
        .hasMessage("DsgAllocation.highNeedsBlock: is for 2025-26, not 2026-27");
    assertThatThrownBy(() -> DsgAllocation.builder()
            .localAuthority(HALTON)
            .financialYear(FY2025)
            .schoolsBlock(Money.ofPounds("-1"))
            .centralSchoolServicesBlock(Money.ZERO)
            .highNeedsBlock(haltonHighNeeds())
            .earlyYearsBlock(Money.ZERO)
            .build())
        .hasMessage("DsgAllocation.Schools block: -£1.00 is negative (Halton (876) 2025-26)");
  }

  private static BlockTransfer transfer(String amount, boolean approved) {
    return BlockTransfer.builder()
        .localAuthority(LocalAuthorities.england().byCode(860))
        .financialYear(FY2025)
        .amount(Money.ofPounds(amount))
        .schoolsBlock(Money.ofPounds("640000000"))
        .schoolsForumApproved(approved)
        .build();
  }

  @Test
  void transfers_at_the_limit_need_only_the_forum_and_above_it_a_disapplication() {
    Percentage limit = Percentage.of("0.5");
    // Staffordshire: 0.5% = £3.2m of a £640m schools block (funding.md).
    assertThat(transfer("2560000", true).shareOfSchoolsBlock()).isEqualTo(Percentage.of("0.4"));
    assertThat(transfer("2560000", true).approvalRoute(limit)).isEqualTo(TransferApprovalRoute.SCHOOLS_FORUM);
    assertThat(transfer("3200000", true).shareOfSchoolsBlock()).isEqualTo(Percentage.of("0.5"));
    assertThat(transfer("3200000", true).approvalRoute(limit)).isEqualTo(TransferApprovalRoute.SCHOOLS_FORUM);
    assertThat(transfer("3200000.01", true).approvalRoute(limit)).isEqualTo(TransferApprovalRoute.DISAPPLICATION_REQUEST);
    assertThat(transfer("3840000", true).shareOfSchoolsBlock()).isEqualTo(Percentage.of("0.6"));
    assertThat(transfer("3840000", true).approvalRoute(limit)).isEqualTo(TransferApprovalRoute.DISAPPLICATION_REQUEST);
    // A forum refusal needs a disapplication even within the limit.
    assertThat(transfer("2560000", false).approvalRoute(limit)).isEqualTo(TransferApprovalRoute.DISAPPLICATION_REQUEST);
  }

  @Test
  void rejects_impossible_transfers() {
    assertThatThrownBy(() -> transfer("0", true))
        .hasMessage("BlockTransfer.amount: £0.00 must be above zero (Staffordshire (860) 2025-26)");
    assertThatThrownBy(() -> transfer("700000000", true))
        .hasMessage("BlockTransfer.amount: £700,000,000.00 exceeds the schools block £640,000,000.00 (Staffordshire (860) 2025-26)");
  }
}

package org.sendfunding.funding.dsg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.dsg.BlockTransfer;
import org.sendfunding.model.dsg.DsgAllocation;
import org.sendfunding.model.dsg.DsgBlock;
import org.sendfunding.model.dsg.HighNeedsBlock;
import org.sendfunding.model.dsg.TransferApprovalRoute;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

/**
 * Block transfers against the 0.5% limit (DfE, "The national funding formula for schools and high
 * needs: policy document", September 2017, chapter 4; Staffordshire's 0.5% transfer of £3.2m,
 * a council figure whose address was not recorded, sets the scale: a schools block of about £640m).
 */
class BlockTransferRuleTest {

  private static final LocalAuthority STAFFORDSHIRE =
      LocalAuthorities.england().all().stream().filter(l -> l.name().equals("Staffordshire")).findFirst().get();
  private static final Money SCHOOLS_BLOCK = Money.ofPounds(640_000_000);

  private static BlockTransferDecision decide(long pounds, boolean approved) {
    BlockTransfer t = BlockTransfer.builder().localAuthority(STAFFORDSHIRE).financialYear(FinancialYear.of(2025))
        .amount(Money.ofPounds(pounds)).schoolsBlock(SCHOOLS_BLOCK).schoolsForumApproved(approved).build();
    return BlockTransferRule.DEFAULT.decide(t, ParameterSet.defaults());
  }

  @Test
  void transfer_of_0_4_percent_with_forum_approval_needs_only_the_forum() {
    BlockTransferDecision d = decide(2_560_000, true);
    assertThat(d.share()).isEqualTo(Percentage.of("0.4"));
    assertThat(d.route()).isEqualTo(TransferApprovalRoute.SCHOOLS_FORUM);
    assertThat(d.reason()).isEqualTo("£2,560,000.00 (0.4% of the schools block £640,000,000.00) is within the 0.5% "
        + "limit and the schools forum approved it: the forum's approval suffices");
  }

  @Test
  void transfer_of_exactly_0_5_percent_is_within_the_limit() {
    BlockTransferDecision d = decide(3_200_000, true);
    assertThat(d.share()).isEqualTo(Percentage.of("0.5"));
    assertThat(d.route()).isEqualTo(TransferApprovalRoute.SCHOOLS_FORUM);
    // the 0.5% is read only in council schools forum papers (secondary), so it prints as unverified
    assertThat(d.explanation().toText()).contains("parameter dsg.block_transfer_limit = 0.5% (from 2018-04-01, UNVERIFIED)");
  }

  @Test
  void transfer_of_0_6_percent_needs_a_disapplication_even_with_forum_approval() {
    BlockTransferDecision d = decide(3_840_000, true);
    assertThat(d.route()).isEqualTo(TransferApprovalRoute.DISAPPLICATION_REQUEST);
    assertThat(d.reason()).isEqualTo("£3,840,000.00 (0.6% of the schools block £640,000,000.00) exceeds the 0.5% limit: "
        + "the LA must ask the Secretary of State to disapply the rule, even though the schools forum approved it");
  }

  @Test
  void forum_refusal_within_the_limit_needs_a_disapplication() {
    BlockTransferDecision d = decide(2_560_000, false);
    assertThat(d.route()).isEqualTo(TransferApprovalRoute.DISAPPLICATION_REQUEST);
    assertThat(d.reason()).contains("is within the 0.5% limit but the schools forum did not approve it");
  }

  @Test
  void agreed_transfer_moves_money_between_blocks_and_keeps_the_total() {
    // Halton 2025-26: high needs £29.267m, schools £117.833m (committee papers)
    LocalAuthority halton = LocalAuthorities.england().all().stream().filter(l -> l.name().equals("Halton")).findFirst().get();
    DsgAllocation dsg = DsgAllocation.builder().localAuthority(halton).financialYear(FinancialYear.of(2025))
        .schoolsBlock(Money.ofPounds(117_833_000)).centralSchoolServicesBlock(Money.ofPounds(1_000_000))
        .highNeedsBlock(HighNeedsBlock.builder().localAuthority(halton).financialYear(FinancialYear.of(2025))
            .putComponents("high-needs NFF", Money.ofPounds(29_267_000)).build())
        .earlyYearsBlock(Money.ofPounds(15_000_000)).build();
    BlockTransfer t = BlockTransfer.builder().localAuthority(halton).financialYear(FinancialYear.of(2025))
        .amount(Money.ofPounds(589_165)).schoolsBlock(Money.ofPounds(117_833_000)).schoolsForumApproved(true).build();
    BlockTransferDecision d = BlockTransferRule.DEFAULT.decide(t, ParameterSet.defaults());
    DsgAllocation after = DsgAllocations.withTransfer(dsg, d, false);
    assertThat(after.block(DsgBlock.SCHOOLS)).isEqualTo(Money.ofPounds(117_243_835));
    assertThat(after.block(DsgBlock.HIGH_NEEDS)).isEqualTo(Money.ofPounds(29_856_165));
    assertThat(after.total()).isEqualTo(dsg.total());
  }

  @Test
  void transfer_needing_disapplication_is_not_applied_without_it() {
    BlockTransferDecision d = decide(3_840_000, true);
    DsgAllocation dsg = DsgAllocation.builder().localAuthority(STAFFORDSHIRE).financialYear(FinancialYear.of(2025))
        .schoolsBlock(SCHOOLS_BLOCK).centralSchoolServicesBlock(Money.ofPounds(5_000_000))
        .highNeedsBlock(HighNeedsBlock.builder().localAuthority(STAFFORDSHIRE).financialYear(FinancialYear.of(2025))
            .putComponents("high-needs NFF", Money.ofPounds(120_000_000)).build())
        .earlyYearsBlock(Money.ofPounds(60_000_000)).build();
    assertThatThrownBy(() -> DsgAllocations.withTransfer(dsg, d, false))
        .hasMessage("DsgAllocations.withTransfer: £3,840,000.00 needs a disapplication request, which was not granted");
    assertThat(DsgAllocations.withTransfer(dsg, d, true).block(DsgBlock.HIGH_NEEDS)).isEqualTo(Money.ofPounds(123_840_000));
  }
}

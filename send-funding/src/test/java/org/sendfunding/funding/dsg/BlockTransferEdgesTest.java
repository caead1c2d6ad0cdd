package org.sendfunding.funding.dsg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.dsg.BlockTransfer;
import org.sendfunding.model.dsg.DsgAllocation;
import org.sendfunding.model.dsg.DsgBlock;
import org.sendfunding.model.dsg.HighNeedsBlock;
import org.sendfunding.model.dsg.TransferApprovalRoute;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.time.FinancialYear;

/**
 * The block-transfer rule's explanation and refusals, and the checks that a decision fits the
 * allocation it is applied to (up to 0.5% of the schools block with schools forum approval: DfE, "The
 * national funding formula for schools and high needs: policy document", September 2017, chapter 4,
 * restated in Torbay Schools Forum minutes 2025, https://www.torbay.gov.uk/DemocraticServices/mgAi.aspx?ID=109099;
 * Halton 2025-26 schools block £117.833m, high needs £29.267m, from council committee papers whose
 * address was not recorded: the figures set the scale of the example, the rule is the policy document's).
 */
class BlockTransferEdgesTest {

  private static final LocalAuthority HALTON = LocalAuthorities.england().byCode(876);
  private static final LocalAuthority KENT = LocalAuthorities.england().byCode(886);
  private static final FinancialYear Y = FinancialYear.of(2025);
  private static final Money SCHOOLS = Money.ofPounds(117_833_000);

  private static BlockTransfer transfer(LocalAuthority la, FinancialYear year, Money amount, Money schools, boolean approved) {
    return BlockTransfer.builder().localAuthority(la).financialYear(year).amount(amount).schoolsBlock(schools)
        .schoolsForumApproved(approved).build();
  }

  private static DsgAllocation halton() {
    return DsgAllocation.builder().localAuthority(HALTON).financialYear(Y)
        .schoolsBlock(SCHOOLS).centralSchoolServicesBlock(Money.ofPounds(1_000_000))
        .highNeedsBlock(HighNeedsBlock.builder().localAuthority(HALTON).financialYear(Y)
            .putComponents("high-needs NFF", Money.ofPounds(29_267_000)).build())
        .earlyYearsBlock(Money.ofPounds(15_000_000)).build();
  }

  @Test
  void the_explanation_shows_the_inputs_the_limit_and_the_route() {
    // 0.5% of £117,833,000 = £589,165, exactly at the limit
    BlockTransferDecision d = BlockTransferRule.DEFAULT.decide(
        transfer(HALTON, Y, Money.ofPounds(589_165), SCHOOLS, true), ParameterSet.defaults());
    assertThat(d.limit()).isEqualTo(Percentage.of("0.5"));
    Explanation e = d.explanation();
    assertThat(e.rule()).isEqualTo("Block transfer from the schools block: up to 0.5% with schools forum approval, "
        + "otherwise a disapplication request");
    assertThat(e.amount()).contains(Money.ofPounds(589_165));
    assertThat(e.result()).isEqualTo("SCHOOLS_FORUM: " + d.reason());
    assertThat(e.inputs()).containsExactly(
        java.util.Map.entry("local authority", HALTON.toString()),
        java.util.Map.entry("financial year", "2025-26"),
        java.util.Map.entry("schools block", "£117,833,000.00"),
        java.util.Map.entry("share of the schools block", "0.5%"),
        java.util.Map.entry("schools forum approved", "true"));
    assertThat(e.parameters()).extracting(u -> u.path() + " = " + u.value() + " from " + u.inForceFrom())
        .containsExactly("dsg.block_transfer_limit = 0.5% from 2018-04-01");
    assertThat(d.toString()).isEqualTo("SCHOOLS_FORUM: " + d.reason());
  }

  @Test
  void a_refused_transfer_over_the_limit_does_not_mention_approval() {
    // Norfolk-style 1.5% transfer (funding.md) that the forum refused: £1,767,495 of £117,833,000
    BlockTransferDecision d = BlockTransferRule.DEFAULT.decide(
        transfer(HALTON, Y, Money.ofPounds(1_767_495), SCHOOLS, false), ParameterSet.defaults());
    assertThat(d.route()).isEqualTo(TransferApprovalRoute.DISAPPLICATION_REQUEST);
    assertThat(d.reason()).isEqualTo("£1,767,495.00 (1.5% of the schools block £117,833,000.00) exceeds the 0.5% limit: "
        + "the LA must ask the Secretary of State to disapply the rule");
    assertThat(d.explanation().inputs()).containsEntry("schools forum approved", "false");
  }

  @Test
  void a_refused_transfer_within_the_limit_gives_the_whole_reason() {
    BlockTransferDecision d = BlockTransferRule.DEFAULT.decide(
        transfer(HALTON, Y, Money.ofPounds(589_165), SCHOOLS, false), ParameterSet.defaults());
    assertThat(d.reason()).isEqualTo("£589,165.00 (0.5% of the schools block £117,833,000.00) is within the 0.5% limit "
        + "but the schools forum did not approve it: the LA must ask the Secretary of State to disapply the rule");
  }

  @Test
  void the_limit_in_force_in_the_transfer_year_applies() {
    // a scenario raising the forum's limit to 1% from 2026-27 leaves 2025-26 at 0.5%
    ParameterSet p = ParameterSet.defaults().withOverlay(ParameterOverlay.builder().name("1% limit")
        .override(BlockTransferRule.LIMIT, LocalDate.of(2026, 4, 1), ParameterValue.of(Percentage.of("1"))).build());
    BlockTransfer t2026 = transfer(HALTON, FinancialYear.of(2026), Money.ofPounds(1_178_330), SCHOOLS, true);
    assertThat(BlockTransferRule.DEFAULT.decide(t2026, p).route()).isEqualTo(TransferApprovalRoute.SCHOOLS_FORUM);
    assertThat(BlockTransferRule.DEFAULT.decide(t2026, p).limit()).isEqualTo(Percentage.of("1"));
    BlockTransfer t2025 = transfer(HALTON, Y, Money.ofPounds(1_178_330), SCHOOLS, true);
    assertThat(BlockTransferRule.DEFAULT.decide(t2025, p).route()).isEqualTo(TransferApprovalRoute.DISAPPLICATION_REQUEST);
  }

  @Test
  void a_decision_for_another_la_year_or_schools_block_is_refused() {
    Money amount = Money.ofPounds(500_000);
    BlockTransferDecision otherLa = BlockTransferRule.DEFAULT.decide(transfer(KENT, Y, amount, SCHOOLS, true), ParameterSet.defaults());
    assertThatThrownBy(() -> DsgAllocations.withTransfer(halton(), otherLa, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DsgAllocations.withTransfer: the transfer is for Kent (886) 2025-26, the allocation for Halton (876) 2025-26");
    BlockTransferDecision otherYear = BlockTransferRule.DEFAULT.decide(
        transfer(HALTON, FinancialYear.of(2026), amount, SCHOOLS, true), ParameterSet.defaults());
    assertThatThrownBy(() -> DsgAllocations.withTransfer(halton(), otherYear, true))
        .hasMessage("DsgAllocations.withTransfer: the transfer is for Halton (876) 2026-27, the allocation for Halton (876) 2025-26");
    BlockTransferDecision otherBlock = BlockTransferRule.DEFAULT.decide(
        transfer(HALTON, Y, amount, Money.ofPounds(122_425_000), true), ParameterSet.defaults());
    assertThatThrownBy(() -> DsgAllocations.withTransfer(halton(), otherBlock, true))
        .hasMessage("DsgAllocations.withTransfer: the transfer's schools block £122,425,000.00 is not the allocation's £117,833,000.00");
  }

  @Test
  void an_agreed_transfer_is_a_named_high_needs_component() {
    BlockTransferDecision d = BlockTransferRule.DEFAULT.decide(
        transfer(HALTON, Y, Money.ofPounds(589_165), SCHOOLS, true), ParameterSet.defaults());
    DsgAllocation after = DsgAllocations.withTransfer(halton(), d, false);
    assertThat(after.highNeedsBlock().components())
        .containsEntry("high-needs NFF", Money.ofPounds(29_267_000))
        .containsEntry("block transfer from the schools block", Money.ofPounds(589_165));
    assertThat(after.block(DsgBlock.SCHOOLS)).isEqualTo(Money.ofPounds(117_243_835));
    assertThat(after.block(DsgBlock.EARLY_YEARS)).isEqualTo(Money.ofPounds(15_000_000));
  }
}

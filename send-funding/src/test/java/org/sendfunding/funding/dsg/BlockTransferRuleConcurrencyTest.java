package org.sendfunding.funding.dsg;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.sendfunding.model.testing.Concurrently;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.dsg.BlockTransfer;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/** Block-transfer decisions from many threads on the same transfers match the single-threaded ones. */
class BlockTransferRuleConcurrencyTest {

  private static final ParameterSet DEFAULTS = ParameterSet.defaults();
  /** Transfers of £0.5m to £10m against a £640m schools block, either side of the 0.5% limit. */
  private static final List<BlockTransfer> TRANSFERS = LongStream.rangeClosed(1, 20)
      .mapToObj(i -> BlockTransfer.builder().localAuthority(LocalAuthorities.england().byCode(860))
          .financialYear(FinancialYear.of(2025)).amount(Money.ofPounds(500_000 * i))
          .schoolsBlock(Money.ofPounds(640_000_000)).schoolsForumApproved(i % 2 == 0).build())
      .collect(Collectors.toList());

  @Test
  void decisions_are_identical_on_every_thread() {
    Concurrently.assertSameAsSingleThreaded(() -> TRANSFERS.stream()
        .map(t -> BlockTransferRule.DEFAULT.decide(t, DEFAULTS)).collect(Collectors.toList()),
        decisions -> decisions.stream().map(d -> d.toString() + d.explanation().toText()).collect(Collectors.toList()));
  }
}

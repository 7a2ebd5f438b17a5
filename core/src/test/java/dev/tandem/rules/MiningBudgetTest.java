package dev.tandem.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MiningBudgetTest {
  /** 80 dense transactions over 18 items: about 100,000 frequent itemsets at count 8. */
  private static final int[][] DENSE = BruteForce.randomTransactions(4242, 80, 18, 0.75);
  private static final TreeMap<Long, Integer> ALL = BruteForce.frequent(DENSE, 18, 8, 18);

  private static MiningParameters.Builder dense() {
    return MiningParameters.builder().minSupportCount(8).threads(1);
  }

  private static void assertEveryReportedItemsetIsRight(FrequentItemsets mined) {
    Map<Long, Integer> reported = BruteForce.asMap(mined);
    for (var entry : reported.entrySet()) {
      assertThat(ALL.get(entry.getKey())).isEqualTo(entry.getValue());
    }
  }

  @Test
  void unbounded_findsEverything() {
    FrequentItemsets mined = FpGrowth.mine(Transactions.of(DENSE), dense().build());
    assertThat(mined.truncation()).isEqualTo(Truncation.NONE);
    assertThat(mined.size()).isEqualTo(ALL.size());
    assertThat(ALL.size()).isGreaterThan(20_000);
  }

  @Test
  void timeBudget_reached_stopsWithFlag() {
    SteppingClock clock = new SteppingClock(1);
    FrequentItemsets mined =
        FpGrowth.mine(Transactions.of(DENSE),
            dense().clock(clock).timeBudget(Duration.ofMillis(50)).build());

    assertThat(mined.truncation()).isEqualTo(Truncation.TIME_BUDGET);
    assertThat(mined.status()).isEqualTo("truncated: time budget reached");
    // the start (0 ms), 49 checks at 1..49 ms that saw time left, and the one at 50 ms that did not
    assertThat(clock.reads()).isEqualTo(51);
    assertThat(mined.size()).isBetween(1, ALL.size() - 1);
    assertEveryReportedItemsetIsRight(mined);
  }

  @Test
  void timeBudget_zero_findsNothing() {
    FrequentItemsets mined =
        FpGrowth.mine(Transactions.of(DENSE),
            dense().clock(new SteppingClock(1)).timeBudget(Duration.ZERO).build());
    assertThat(mined.truncation()).isEqualTo(Truncation.TIME_BUDGET);
    assertThat(mined.size()).isZero();
  }

  @Test
  void timeBudget_twoThreads_stopsWithFlag() {
    FrequentItemsets mined =
        FpGrowth.mine(Transactions.of(DENSE),
            dense().threads(2).clock(new SteppingClock(1)).timeBudget(Duration.ofMillis(30))
                .build());
    assertThat(mined.truncation()).isEqualTo(Truncation.TIME_BUDGET);
    assertThat(mined.size()).isLessThan(ALL.size());
    assertEveryReportedItemsetIsRight(mined);
  }

  @Test
  void itemsetBudget_oneThread_returnsExactlyTheCap() {
    FrequentItemsets mined =
        FpGrowth.mine(Transactions.of(DENSE), dense().maxItemsets(1000).build());
    assertThat(mined.truncation()).isEqualTo(Truncation.ITEMSET_BUDGET);
    assertThat(mined.status()).isEqualTo("truncated: itemset count budget reached");
    assertThat(mined.size()).isEqualTo(1000);
    assertEveryReportedItemsetIsRight(mined);
  }

  @Test
  void itemsetBudget_twoThreads_neverPassesTheCap() {
    FrequentItemsets mined =
        FpGrowth.mine(Transactions.of(DENSE), dense().threads(2).maxItemsets(5000).build());
    assertThat(mined.truncation()).isEqualTo(Truncation.ITEMSET_BUDGET);
    assertThat(mined.size()).isBetween(1, 5000);
    assertEveryReportedItemsetIsRight(mined);
  }

  @Test
  void itemsetBudget_exactlyEnough_isNotTruncated() {
    FrequentItemsets mined =
        FpGrowth.mine(Transactions.of(DENSE), dense().maxItemsets(ALL.size()).build());
    assertThat(mined.size()).isEqualTo(ALL.size());
    assertThat(mined.truncated()).isFalse();
  }

  @Test
  void memoryBudget_reached_stopsWithFlag_withinBudget() {
    long budget = 256 * 1024;
    FrequentItemsets mined =
        FpGrowth.mine(Transactions.of(DENSE), dense().memoryBudgetBytes(budget).build());
    assertThat(mined.truncation()).isEqualTo(Truncation.MEMORY_BUDGET);
    assertThat(mined.status()).isEqualTo("truncated: memory budget reached");
    assertThat(mined.peakEstimatedBytes()).isPositive().isLessThanOrEqualTo(budget);
    assertThat(mined.size()).isBetween(1, ALL.size() - 1);
    assertEveryReportedItemsetIsRight(mined);
  }

  @Test
  void memoryBudget_tooSmallForTheInput_findsNothing() {
    FrequentItemsets mined =
        FpGrowth.mine(Transactions.of(DENSE), dense().threads(2).memoryBudgetBytes(100).build());
    assertThat(mined.truncation()).isEqualTo(Truncation.MEMORY_BUDGET);
    assertThat(mined.size()).isZero();
  }

  @Test
  void truncatedRun_rulesSkipUnminedSides_withoutFailing() {
    AssociationModel model =
        AssociationRules.mine(Transactions.of(DENSE), dense().maxItemsets(300).build());
    assertThat(model.truncated()).isTrue();
    for (Rule rule : model.rules()) {
      long both = BruteForce.mask(rule.antecedent()) | BruteForce.mask(rule.consequent());
      assertThat(rule.count()).isEqualTo(ALL.get(both));
      assertThat(rule.antecedentCount()).isEqualTo(ALL.get(BruteForce.mask(rule.antecedent())));
    }
    assertThat(model.rules()).isNotEmpty();
  }
}

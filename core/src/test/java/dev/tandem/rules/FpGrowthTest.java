package dev.tandem.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FpGrowthTest {

  private static MiningParameters.Builder params(int minCount) {
    return MiningParameters.builder().minSupportCount(minCount);
  }

  @Test
  void mine_textbookExample_givesEveryItemsetWithItsCount() {
    // Han et al.'s running example, items renamed f=0 c=1 a=2 b=3 m=4 p=5 (others infrequent)
    Transactions t =
        Transactions.of(
            new int[] {0, 2, 1, 6, 7, 8, 4, 5},
            new int[] {2, 3, 1, 0, 9, 4, 10},
            new int[] {3, 0, 11, 12, 10},
            new int[] {3, 1, 13, 14, 5},
            new int[] {2, 0, 1, 15, 8, 16, 4, 5});
    FrequentItemsets result = FpGrowth.mine(t, params(3).build());

    assertThat(result.truncated()).isFalse();
    assertThat(result.status()).isEqualTo("complete");
    assertThat(result.size()).isEqualTo(18);
    assertThat(result.countOf(0)).isEqualTo(4);
    assertThat(result.countOf(1, 5)).isEqualTo(3);
    assertThat(result.countOf(0, 1, 2, 4)).isEqualTo(3);
    assertThat(result.countOf(0, 5)).isEqualTo(-1);
    assertThat(result.countOf(3, 0)).isEqualTo(-1);
    assertThat(result.itemSupportCount(3)).isEqualTo(3);
  }

  @ParameterizedTest(name = "seed {0}: {1} transactions, {2} items, density {3}, minCount {4}")
  @CsvSource({
    "1, 40, 10, 0.5, 4",
    "2, 40, 10, 0.5, 1",
    "3, 60, 12, 0.7, 10",
    "4, 60, 12, 0.8, 6",
    "5, 30, 14, 0.9, 8",
    "6, 80, 12, 0.15, 2",
    "7, 80, 14, 0.1, 1",
    "8, 50, 8, 0.3, 3",
    "9, 1, 10, 0.6, 1",
    "10, 20, 6, 1.0, 5",
  })
  void mine_matchesBruteForce(long seed, int n, int items, double density, int minCount) {
    for (long s = seed * 100; s < seed * 100 + 20; s++) {
      int[][] data = BruteForce.randomTransactions(s, n, items, density);
      TreeMap<Long, Integer> expected = BruteForce.frequent(data, items, minCount, items);
      for (int threads = 1; threads <= 2; threads++) {
        FrequentItemsets mined =
            FpGrowth.mine(Transactions.of(data), params(minCount).threads(threads).build());
        assertThat(BruteForce.asMap(mined)).as("seed %d threads %d", s, threads)
            .isEqualTo(expected);
        assertThat(mined.truncated()).isFalse();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}: maxLength {1}")
  @CsvSource({"11, 1", "12, 2", "13, 3", "14, 4"})
  void mine_respectsMaxLength(long seed, int maxLength) {
    for (long s = seed * 100; s < seed * 100 + 20; s++) {
      int[][] data = BruteForce.randomTransactions(s, 50, 11, 0.6);
      TreeMap<Long, Integer> expected = BruteForce.frequent(data, 11, 5, maxLength);
      FrequentItemsets mined =
          FpGrowth.mine(Transactions.of(data), params(5).maxLength(maxLength).build());
      assertThat(BruteForce.asMap(mined)).as("seed %d", s).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed {0}: {1}, maxLength {2}")
  @CsvSource({
    "21, CLOSED, 64", "22, MAXIMAL, 64", "23, CLOSED, 3", "24, MAXIMAL, 2",
    "25, CLOSED, 64", "26, MAXIMAL, 64"
  })
  void mine_closedAndMaximal_matchBruteForce(long seed, ItemsetKind kind, int maxLength) {
    for (long s = seed * 100; s < seed * 100 + 20; s++) {
      double density = seed % 2 == 0 ? 0.3 : 0.75;
      int[][] data = BruteForce.randomTransactions(s, 50, 11, density);
      TreeMap<Long, Integer> expected =
          BruteForce.filter(BruteForce.frequent(data, 11, 4, maxLength), kind);
      FrequentItemsets mined =
          FpGrowth.mine(
              Transactions.of(data), params(4).kind(kind).maxLength(maxLength).build());
      assertThat(BruteForce.asMap(mined)).as("seed %d", s).isEqualTo(expected);
    }
  }

  @Test
  void countOf_findsEveryMinedItemset_andOnlyThose() {
    int[][] data = BruteForce.randomTransactions(77, 60, 12, 0.5);
    TreeMap<Long, Integer> all = BruteForce.frequent(data, 12, 3, 12);
    FrequentItemsets mined =
        FpGrowth.mine(Transactions.of(data), params(3).kind(ItemsetKind.CLOSED).build());
    for (long s = 1; s < (1L << 12); s++) {
      long set = s;
      int[] items = java.util.stream.IntStream.range(0, 12)
          .filter(i -> (set & (1L << i)) != 0).toArray();
      assertThat(mined.countOf(items)).as("%s", java.util.Arrays.toString(items))
          .isEqualTo(all.getOrDefault(set, -1));
    }
  }

  @Test
  void minSupportFraction_roundsUpToACount() {
    MiningParameters p = MiningParameters.builder().minSupport(0.0005).build();
    assertThat(p.minCount(88_162)).isEqualTo(45);
    assertThat(MiningParameters.builder().minSupport(0.0001).build().minCount(88_162))
        .isEqualTo(9);
    assertThat(MiningParameters.builder().minSupport(0.4).build().minCount(3196))
        .isEqualTo(1279);
  }

  @Test
  void mine_emptyInput_givesNothing() {
    FrequentItemsets none = FpGrowth.mine(Transactions.of(), params(1).build());
    assertThat(none.size()).isZero();
    assertThat(none.truncated()).isFalse();
  }
}

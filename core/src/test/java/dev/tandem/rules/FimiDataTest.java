package dev.tandem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exact itemset counts on the FIMI benchmark files at fixed absolute supports. Each count was
 * measured with this miner and agrees with Spark MLlib's FPGrowth (spark-peer: SparkFpGrowthIT and
 * benchmarks/mining.sh). Skipped when {@code shared/data/fimi} is not above the working directory.
 */
class FimiDataTest {
  private static Transactions retail;
  private static Transactions chess;

  @BeforeAll
  static void load() throws IOException {
    Path fimi = null;
    for (Path dir = Path.of("").toAbsolutePath(); dir != null && fimi == null;
        dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/fimi");
      if (Files.isRegularFile(candidate.resolve("retail.dat.gz"))
          && Files.isRegularFile(candidate.resolve("chess.dat.gz"))) {
        fimi = candidate;
      }
    }
    assumeTrue(fimi != null,
        "skipped: shared/data/fimi/{retail,chess}.dat.gz not found above " + Path.of("")
            .toAbsolutePath());
    retail = Transactions.readFimi(fimi.resolve("retail.dat.gz"));
    chess = Transactions.readFimi(fimi.resolve("chess.dat.gz"));
  }

  private static int count(Transactions transactions, int minCount) {
    FrequentItemsets mined =
        FpGrowth.mine(transactions, MiningParameters.builder().minSupportCount(minCount).build());
    assertThat(mined.truncated()).isFalse();
    return mined.size();
  }

  @Test
  void files_haveTheDocumentedShape() {
    assertThat(retail.size()).isEqualTo(88_162);
    assertThat(chess.size()).isEqualTo(3_196);
  }

  @Test
  void retail_itemsetCounts() {
    assertThat(count(retail, 89)).isEqualTo(7_589); // 0.1%
    assertThat(count(retail, 45)).isEqualTo(19_242); // 0.05%
    assertThat(count(retail, 9)).isEqualTo(240_852); // 0.01%
  }

  @Test
  void chess_itemsetCounts() {
    assertThat(count(chess, 1918)).isEqualTo(254_944); // 60%
    assertThat(count(chess, 1279)).isEqualTo(6_439_702); // 40%
  }

  @Test
  void chessAtTenPercent_explodes_andStopsAtTheMemoryBudget() {
    long budget = 32L << 20;
    FrequentItemsets mined =
        FpGrowth.mine(chess,
            MiningParameters.builder().minSupport(0.10).memoryBudgetBytes(budget).build());
    assertThat(mined.truncation()).isEqualTo(Truncation.MEMORY_BUDGET);
    assertThat(mined.peakEstimatedBytes()).isLessThanOrEqualTo(budget);
    // 24 bytes an itemset are counted (12 held, 12 for assembling the result): most of the budget
    // goes to itemsets, not to trees or slack
    assertThat(mined.size()).as("itemsets found before the budget")
        .isGreaterThan((int) (0.6 * budget / ItemsetSink.BYTES_PER_ITEMSET));
  }

  @Test
  void chessAtTenPercent_explodes_andStopsAtTheTimeBudget() {
    SteppingClock clock = new SteppingClock(1);
    FrequentItemsets mined =
        FpGrowth.mine(chess,
            MiningParameters.builder().minSupport(0.10).threads(1).clock(clock)
                .timeBudget(Duration.ofMillis(2_000)).build());
    assertThat(mined.truncation()).isEqualTo(Truncation.TIME_BUDGET);
    assertThat(clock.reads()).isEqualTo(2_001);
    assertThat(mined.size()).isPositive();
  }

  @Test
  void retail_rulesAndIndex_answerACart() {
    AssociationModel model =
        AssociationRules.mine(retail,
            MiningParameters.builder().minSupportCount(45).minConfidence(0.3).build());
    assertThat(model.rules()).isNotEmpty();
    assertThat(model.rules())
        .allSatisfy(r -> assertThat(r.confidence()).isGreaterThanOrEqualTo(0.3));
    int[] cart = model.rules().get(0).antecedent();
    assertThat(model.ruleIndex().forCart(cart, 5)).isNotEmpty()
        .allSatisfy(s -> assertThat(s.rule().confidence()).isGreaterThanOrEqualTo(0.3));
  }
}

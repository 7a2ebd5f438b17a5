package dev.tandem.sparkpeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.rules.FpGrowth;
import dev.tandem.rules.FrequentItemsets;
import dev.tandem.rules.MiningParameters;
import dev.tandem.rules.Transactions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.mllib.fpm.FPGrowth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tandem's miner and Spark MLlib's give the same itemsets and counts. */
class SparkFpGrowthIT {
  private static SparkFpGrowth spark;

  @BeforeAll
  static void start() {
    spark = new SparkFpGrowth();
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  private static int[][] random(long seed, int transactions, int items, double density) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] out = new int[transactions][];
    for (int t = 0; t < transactions; t++) {
      List<Integer> basket = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        if (random.nextDouble() < density * (1.5 - (double) i / items)) {
          basket.add(i);
        }
      }
      out[t] = basket.stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  private static Map<String, Long> tandem(Transactions transactions, double minSupport) {
    FrequentItemsets mined =
        FpGrowth.mine(transactions, MiningParameters.builder().minSupport(minSupport).build());
    Map<String, Long> out = new TreeMap<>();
    for (int i = 0; i < mined.size(); i++) {
      out.put(java.util.Arrays.toString(mined.items(i)), (long) mined.count(i));
    }
    return out;
  }

  private static Map<String, Long> spark(Transactions transactions, double minSupport) {
    JavaRDD<List<Integer>> rdd = spark.load(transactions);
    Map<String, Long> out = new TreeMap<>();
    for (FPGrowth.FreqItemset<Integer> itemset : spark.frequentItemsets(rdd, minSupport)) {
      int[] items = itemset.javaItems().stream().mapToInt(Integer::intValue).sorted().toArray();
      out.put(java.util.Arrays.toString(items), itemset.freq());
    }
    rdd.unpersist();
    return out;
  }

  @Test
  void randomData_sameItemsetsAndCounts() {
    for (long seed = 1; seed <= 6; seed++) {
      double density = seed % 2 == 0 ? 0.15 : 0.6;
      Transactions t = Transactions.of(random(seed, 300, 25, density));
      double minSupport = seed % 2 == 0 ? 0.01 : 0.15;
      Map<String, Long> expected = spark(t, minSupport);
      assertThat(expected).isNotEmpty();
      assertThat(tandem(t, minSupport)).as("seed %d", seed).isEqualTo(expected);
    }
  }

  @Test
  void fimi_itemsetCountsAgree() throws IOException {
    var dir = FimiFiles.directory();
    assumeTrue(dir.isPresent(), "shared/data/fimi not found above the working directory: skipped");
    Transactions retail = Transactions.readFimi(dir.get().resolve("retail.dat.gz"));
    Transactions chess = Transactions.readFimi(dir.get().resolve("chess.dat.gz"));
    assertCountsAgree(retail, 0.001, 7_589);
    assertCountsAgree(chess, 0.6, 254_944);
  }

  private static void assertCountsAgree(Transactions t, double minSupport, long expected) {
    JavaRDD<List<Integer>> rdd = spark.load(t);
    long sparkCount = spark.countFrequentItemsets(rdd, minSupport);
    rdd.unpersist();
    assertThat(sparkCount).isEqualTo(expected);
    assertThat(FpGrowth.mine(t, MiningParameters.builder().minSupport(minSupport).build()).size())
        .isEqualTo((int) expected);
  }

}

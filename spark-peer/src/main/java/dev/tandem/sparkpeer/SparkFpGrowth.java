package dev.tandem.sparkpeer;

import dev.tandem.rules.Transactions;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.mllib.fpm.FPGrowth;
import org.apache.spark.mllib.fpm.FPGrowthModel;
import org.apache.spark.sql.SparkSession;

/**
 * Spark MLlib's {@link FPGrowth} in an embedded {@code local[2]} session: the UI off, the driver on
 * 127.0.0.1. Spark turns a fraction into a count as {@code ceil(minSupport × transactions)}, the
 * same rule as {@link dev.tandem.rules.MiningParameters#minCount(int)}.
 */
public final class SparkFpGrowth implements AutoCloseable {
  private final SparkSession spark;
  private final JavaSparkContext context;

  public SparkFpGrowth() {
    this.spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("tandem-fpgrowth-peer")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  /** The transactions as a cached RDD of 2 partitions, materialised before it is returned. */
  public JavaRDD<List<Integer>> load(Transactions transactions) {
    List<List<Integer>> rows = new ArrayList<>(transactions.size());
    for (int t = 0; t < transactions.size(); t++) {
      List<Integer> row = new ArrayList<>(transactions.end(t) - transactions.start(t));
      for (int p = transactions.start(t); p < transactions.end(t); p++) {
        row.add(transactions.itemAt(p));
      }
      rows.add(row);
    }
    JavaRDD<List<Integer>> rdd = context.parallelize(rows, 2).cache();
    rdd.count();
    return rdd;
  }

  /** Mines and counts the frequent itemsets (they are counted on the executors, not collected). */
  public long countFrequentItemsets(JavaRDD<List<Integer>> baskets, double minSupport) {
    FPGrowthModel<Integer> model =
        new FPGrowth().setMinSupport(minSupport).setNumPartitions(2).run(baskets);
    return model.freqItemsets().count();
  }

  /** Every frequent itemset with its count, collected to the driver (for small tests). */
  public List<FPGrowth.FreqItemset<Integer>> frequentItemsets(
      JavaRDD<List<Integer>> baskets, double minSupport) {
    FPGrowthModel<Integer> model =
        new FPGrowth().setMinSupport(minSupport).setNumPartitions(2).run(baskets);
    return model.freqItemsets().toJavaRDD().collect();
  }

  @Override
  public void close() {
    spark.stop();
  }
}

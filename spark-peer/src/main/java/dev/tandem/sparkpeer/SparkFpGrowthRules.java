package dev.tandem.sparkpeer;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Trainer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.ml.fpm.FPGrowth;
import org.apache.spark.ml.fpm.FPGrowthModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark MLlib's FP-Growth association rules ({@code org.apache.spark.ml.fpm.FPGrowth}) as a peer
 * {@link Trainer}: mined in the shared {@code local[2]} session on the training purchase baskets
 * at {@code minSupport}, rules kept at {@code minConfidence} (Spark gives each rule one
 * consequent item, with its confidence and lift), then copied out so the peer answers the same
 * queries through the same harness. A cart gets what {@code FPGrowthModel.transform} predicts for
 * it, the consequents of the rules whose antecedent it holds, minus its own items, ranked by the
 * best such rule's confidence, then lift; a shopper without a cart is their training history as
 * the cart. With {@code padWithPopularity} the list is filled with the most-ordered items, as
 * Tandem's own {@code rules} model does; without, it is as short as Spark's prediction.
 */
public record SparkFpGrowthRules(double minSupport, double minConfidence,
    boolean padWithPopularity) implements Trainer {

  public static final String ALGORITHM = "spark-fpgrowth";

  /**
   * Rules already mined in this JVM, by data fingerprint, support and confidence: the padded and
   * bare variants of a grid point share one Spark run (a peer run's memo, never cleared).
   */
  private static final Map<List<Object>, RuleTable> MINED = new ConcurrentHashMap<>();

  public SparkFpGrowthRules {
    if (!(minSupport > 0 && minSupport <= 1) || !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("spark-fpgrowth minSupport must lie in (0, 1] and"
          + " minConfidence in [0, 1]: " + minSupport + ", " + minConfidence);
    }
  }

  /** The name in reports, with the grid point: {@code spark-fpgrowth(sup=0.005,conf=0.01)+pop}. */
  @Override
  public String algorithm() {
    return String.format(Locale.ROOT, "%s(sup=%s,conf=%s)%s", ALGORITHM, minSupport,
        minConfidence, padWithPopularity ? "+popularity" : "");
  }

  @Override
  public SparkFpGrowthRulesModel train(Snapshot snapshot) {
    RuleTable rules = MINED.computeIfAbsent(
        List.of(snapshot.fingerprint(), minSupport, minConfidence), key -> mine(snapshot));
    int[] popular = padWithPopularity ? PopularBaskets.of(snapshot.basketItems()) : new int[0];
    return new SparkFpGrowthRulesModel(provenance(snapshot, rules), rules, popular,
        snapshot.userItems());
  }

  /** Mines the rules in Spark and copies them out. */
  private RuleTable mine(Snapshot snapshot) {
    SparkSession spark = SparkSessions.local();
    Dataset<Row> baskets =
        spark.createDataFrame(baskets(snapshot.basketItems()), schema()).cache();
    baskets.count();
    FPGrowthModel model = new FPGrowth().setItemsCol("items").setMinSupport(minSupport)
        .setMinConfidence(minConfidence).setNumPartitions(2).fit(baskets);
    // Spark keeps neither the mined itemsets nor the rules: without the cache each action on the
    // rules (and their own item-support count) would mine again
    Dataset<Row> itemsets = model.freqItemsets().cache();
    itemsets.count();
    RuleTable rules = copy(model.associationRules(), snapshot.itemCount());
    itemsets.unpersist();
    baskets.unpersist();
    return rules;
  }

  /** The purchase baskets with at least one item, each its distinct items. */
  static List<Row> baskets(CsrMatrix basketItems) {
    List<Row> rows = new ArrayList<>(basketItems.rowCount());
    for (int b = 0; b < basketItems.rowCount(); b++) {
      List<Integer> items = new ArrayList<>(basketItems.rowLength(b));
      for (int p = basketItems.rowStart(b); p < basketItems.rowEnd(b); p++) {
        if (basketItems.valueAt(p) > 0) {
          items.add(basketItems.columnAt(p));
        }
      }
      if (!items.isEmpty()) {
        rows.add(RowFactory.create(items));
      }
    }
    return rows;
  }

  static StructType schema() {
    return new StructType().add("items", DataTypes.createArrayType(DataTypes.IntegerType, false));
  }

  /** Copies Spark's rules (antecedent, consequent, confidence, lift) into a {@link RuleTable}. */
  private static RuleTable copy(Dataset<Row> associationRules, int itemCount) {
    RuleTable.Builder table = new RuleTable.Builder(itemCount);
    for (Row row : associationRules
        .select("antecedent", "consequent", "confidence", "lift").collectAsList()) {
      List<Integer> antecedent = row.getList(0);
      List<Integer> consequent = row.getList(1);
      table.add(antecedent.stream().mapToInt(Integer::intValue).toArray(), consequent.get(0),
          row.getDouble(2), row.isNullAt(3) ? 0 : row.getDouble(3));
    }
    return table.build();
  }

  private Provenance provenance(Snapshot snapshot, RuleTable rules) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("minSupport", minSupport);
    parameters.put("minConfidence", minConfidence);
    parameters.put("padWithPopularity", padWithPopularity);
    parameters.put("rules", rules.size());
    return Provenance.of(ALGORITHM, parameters, snapshot.fingerprint(), 0L);
  }
}

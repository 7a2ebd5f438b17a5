package dev.tandem.sparkpeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.rules.Transactions;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.fpm.FPGrowth;
import org.apache.spark.ml.fpm.FPGrowthModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark FP-Growth rules peer on the first 4,000 baskets of FIMI retail.dat (the next 1,000 as
 * carts): it lists exactly what Spark's own {@code FPGrowthModel.transform} predicts, ranked by
 * each item's best rule (confidence, then lift), and padding fills the list with popular items.
 */
class SparkFpGrowthRulesIT {
  private static final double SUPPORT = 0.005;
  private static final double CONFIDENCE = 0.05;
  private static Snapshot shop;
  private static List<int[]> carts;

  @BeforeAll
  static void load() throws IOException {
    var dir = FimiFiles.directory();
    assumeTrue(dir.isPresent(), "shared/data/fimi not found above the working directory: skipped");
    Transactions retail = Transactions.readFimi(dir.get().resolve("retail.dat.gz"));
    SnapshotBuilder builder = new SnapshotBuilder();
    for (int t = 0; t < 4_000; t++) {
      for (int p = retail.start(t); p < retail.end(t); p++) {
        builder.event(null, "i" + retail.itemAt(p), "b" + t, EventType.PURCHASE, 1, Double.NaN,
            t + 1L);
      }
    }
    shop = builder.build(EventWeights.DEFAULT);
    carts = new ArrayList<>();
    for (int t = 4_000; t < 5_000; t++) {
      List<Integer> cart = new ArrayList<>();
      for (int p = retail.start(t); p < retail.end(t); p++) {
        int item = shop.items().indexOf("i" + retail.itemAt(p));
        if (item >= 0 && !cart.contains(item)) {
          cart.add(item);
        }
      }
      carts.add(cart.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  @AfterAll
  static void stop() {
    SparkSessions.local().stop();
  }

  @Test
  void bareList_isSparksPrediction_rankedByBestRule() {
    SparkFpGrowthRulesModel model = new SparkFpGrowthRules(SUPPORT, CONFIDENCE, false).train(shop);
    FPGrowthModel spark = sparkModel();
    List<Rule> rules = rules(spark);
    assertThat(model.ruleCount()).isEqualTo(rules.size()).isGreaterThan(100);
    List<Set<Integer>> predicted = predictions(spark);
    int answered = 0;
    for (int c = 0; c < carts.size(); c++) {
      Recommendations top = model.recommend(Query.forItems(carts.get(c)), 10_000);
      Set<Integer> listed = new HashSet<>();
      for (int item : top.items()) {
        listed.add(item);
      }
      assertThat(listed).as("cart %d", c).isEqualTo(predicted.get(c));
      Map<Integer, Rule> best = bestRules(rules, carts.get(c));
      for (int r = 0; r < top.size(); r++) {
        assertThat(top.score(r)).isEqualTo((float) best.get(top.item(r)).confidence());
        if (r > 0) {
          assertThat(ranksAbove(best.get(top.item(r)), best.get(top.item(r - 1)))).isFalse();
        }
      }
      answered += top.size() > 0 ? 1 : 0;
    }
    assertThat(answered).as("carts with a prediction").isGreaterThan(300);
  }

  @Test
  void padded_fillsWithPopularItems_neverTheCart() {
    SparkFpGrowthRulesModel bare = new SparkFpGrowthRules(SUPPORT, CONFIDENCE, false).train(shop);
    SparkFpGrowthRulesModel padded = new SparkFpGrowthRules(SUPPORT, CONFIDENCE, true).train(shop);
    int[] popular = PopularBaskets.of(shop.basketItems());
    for (int[] cart : carts.subList(0, 200)) {
      Query query = Query.forItems(cart);
      Recommendations rules = bare.recommend(query, 10);
      Recommendations top = padded.recommend(query, 10);
      assertThat(top.size()).isEqualTo(10);
      for (int r = 0; r < rules.size(); r++) {
        assertThat(top.item(r)).isEqualTo(rules.item(r));
      }
      for (int item : cart) {
        assertThat(top.rankOf(item)).isEqualTo(-1);
      }
      int p = 0;
      for (int r = rules.size(); r < top.size(); r++) {
        while (query.contains(popular[p]) || rules.rankOf(popular[p]) >= 0) {
          p++;
        }
        assertThat(top.item(r)).isEqualTo(popular[p++]);
        assertThat(top.score(r)).isLessThan(0f);
      }
    }
  }

  private record Rule(Set<Integer> antecedent, int consequent, double confidence, double lift) {}

  private static FPGrowthModel sparkModel() {
    SparkSession spark = SparkSessions.local();
    Dataset<Row> baskets = spark.createDataFrame(
        SparkFpGrowthRules.baskets(shop.basketItems()), SparkFpGrowthRules.schema());
    return new FPGrowth().setItemsCol("items").setMinSupport(SUPPORT)
        .setMinConfidence(CONFIDENCE).fit(baskets);
  }

  private static List<Rule> rules(FPGrowthModel spark) {
    List<Rule> rules = new ArrayList<>();
    for (Row row : spark.associationRules().collectAsList()) {
      List<Integer> consequent = row.getList(1);
      assertThat(consequent).hasSize(1);
      rules.add(new Rule(new HashSet<>(row.<Integer>getList(0)), consequent.get(0),
          row.getDouble(2), row.getDouble(3)));
    }
    return rules;
  }

  private static List<Set<Integer>> predictions(FPGrowthModel spark) {
    List<Row> rows = new ArrayList<>();
    for (int[] cart : carts) {
      List<Integer> items = new ArrayList<>();
      for (int item : cart) {
        items.add(item);
      }
      rows.add(RowFactory.create(items));
    }
    Dataset<Row> frame = SparkSessions.local().createDataFrame(rows, SparkFpGrowthRules.schema());
    List<Set<Integer>> out = new ArrayList<>();
    for (Row row : spark.transform(frame).select("prediction").collectAsList()) {
      out.add(new HashSet<>(row.<Integer>getList(0)));
    }
    return out;
  }

  private static Map<Integer, Rule> bestRules(List<Rule> rules, int[] cart) {
    Set<Integer> inCart = new HashSet<>();
    for (int item : cart) {
      inCart.add(item);
    }
    Map<Integer, Rule> best = new HashMap<>();
    for (Rule rule : rules) {
      if (inCart.containsAll(rule.antecedent()) && !inCart.contains(rule.consequent())) {
        best.merge(rule.consequent(), rule, (a, b) -> ranksAbove(b, a) ? b : a);
      }
    }
    return best;
  }

  private static boolean ranksAbove(Rule a, Rule b) {
    return (float) a.confidence() != (float) b.confidence()
        ? (float) a.confidence() > (float) b.confidence() : (float) a.lift() > (float) b.lift();
  }
}

package dev.tandem.recommend.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
import dev.tandem.propensity.LogisticModel;
import dev.tandem.propensity.LogisticRegression;
import dev.tandem.propensity.PropensitySet;
import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.PersistentRecommender;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.RoundTrip;
import dev.tandem.recommend.TinyShop;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.factors.ImplicitAls;
import dev.tandem.recommend.factors.ImplicitAlsModel;
import dev.tandem.recommend.neighbours.ItemKnn;
import dev.tandem.recommend.neighbours.ItemKnnModel;
import dev.tandem.recommend.popularity.GlobalPopularity;
import dev.tandem.recommend.popularity.PopularityModel;
import dev.tandem.shop.EventWeights;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RankedHybridTest {
  private static final List<Trainer> COMPONENTS = List.of(ItemKnn.defaults(),
      new ImplicitAls(Interactions.USERS, 8, 4, 1, 1, 3, 5L, 1), GlobalPopularity.byOrders());

  @Test
  void itemTrend_countsOrdersRecentOrdersAndWhenEachItemLastSold() {
    String[][] baskets = new String[20][];
    for (int b = 0; b < 20; b++) {
      baskets[b] = b < 10 ? new String[] {"OLD", "BOTH"} : new String[] {"BOTH"};
    }
    baskets[19] = new String[] {"BOTH", "NEW"};
    Snapshot shop = TinyShop.guests(baskets);
    ItemTrend trend = ItemTrend.of(shop);
    int old = TinyShop.item(shop, "OLD");
    int both = TinyShop.item(shop, "BOTH");
    int fresh = TinyShop.item(shop, "NEW");
    assertThat(trend.logOrders()[both]).isEqualTo((float) Math.log1p(20));
    assertThat(trend.logOrders()[old]).isEqualTo((float) Math.log1p(10));
    // the recent tenth of 20 orders: the last 2
    assertThat(trend.logRecentOrders()[both]).isEqualTo((float) Math.log1p(2));
    assertThat(trend.logRecentOrders()[fresh]).isEqualTo((float) Math.log1p(1));
    assertThat(trend.logRecentOrders()[old]).isZero();
    // OLD last sold in order 9 of 0..19
    assertThat(trend.lastSold()[old]).isCloseTo(9 / 19f, within(1e-6f));
    assertThat(trend.lastSold()[fresh]).isEqualTo(1f);
  }

  @Test
  void blendFeatures_valueUnlistedAndCartSizeInteraction_perComponent_thenItemTrend() {
    Snapshot shop = TinyShop.guests(new String[] {"A", "B", "C", "D"}, new String[] {"A", "B"});
    ItemTrend trend = ItemTrend.of(shop);
    int[] abcd = TinyShop.items(shop, "A", "B", "C", "D");
    Recommendations first = new Recommendations(new int[] {abcd[2], abcd[1]}, new float[] {4, 2});
    Recommendations second = new Recommendations(new int[] {abcd[3]}, new float[] {7});
    Query cart = Query.forItems(abcd[0], abcd[1]);
    IntArrayList items = new IntArrayList();
    FloatArrayList rows = new FloatArrayList();
    int count = BlendFeatures.of(new Recommendations[] {first, second}, cart, trend, 2, 0.1,
        items, rows);
    // B is in the cart: left out; C from the first list, D from the second
    assertThat(count).isEqualTo(2);
    assertThat(items.toIntArray()).containsExactly(abcd[2], abcd[3]);
    int width = BlendFeatures.width(2);
    assertThat(BlendFeatures.names(List.of("a", "b"))).hasSize(width);
    float logTwo = (float) Math.log(2);
    float[] c = java.util.Arrays.copyOfRange(rows.elements(), 0, width);
    float[] d = java.util.Arrays.copyOfRange(rows.elements(), width, 2 * width);
    assertThat(c).containsExactly(1f, 0f, logTwo, 0f, 1f, 0f, trend.logOrders()[abcd[2]],
        trend.logOrders()[abcd[2]] * logTwo, trend.logRecentOrders()[abcd[2]],
        trend.logRecentOrders()[abcd[2]] * logTwo, trend.lastSold()[abcd[2]], logTwo);
    assertThat(d[0]).isZero();
    assertThat(d[1]).isEqualTo(1f);
    assertThat(d[3]).isEqualTo(1f);
    assertThat(d[4]).isZero();
    assertThat(d[5]).isEqualTo(logTwo);
  }

  @Test
  void learnedRanker_foldsTheStandardisationIn_soItsScoreIsTheRegressionsLogit() {
    SplittableRandom random = new SplittableRandom(4L);
    int rows = 2_000;
    float[] features = new float[rows * 3];
    byte[] labels = new byte[rows];
    for (int r = 0; r < rows; r++) {
      features[3 * r] = (float) (random.nextDouble() * 10);
      features[3 * r + 1] = (float) random.nextGaussian();
      features[3 * r + 2] = 5f; // no spread
      double logit = 0.8 * features[3 * r] - 4 + features[3 * r + 1];
      labels[r] = (byte) (random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0);
    }
    PropensitySet set = new PropensitySet(List.of("x", "y", "constant"), features, labels);
    LogisticRegression regression = new LogisticRegression(1e-3, 50, 1e-6);
    LogisticModel model = regression.train(set, "test");
    LearnedRanker ranker = LearnedRanker.fit(set, regression);
    double[] p = model.predict(features, rows);
    for (int r = 0; r < rows; r += 97) {
      double logit = ranker.score(features, 3 * r);
      assertThat(1 / (1 + Math.exp(-logit))).isCloseTo(p[r], within(1e-9));
    }
    assertThat(ranker.weights()[0]).isCloseTo(0.8, within(0.15));
    assertThat(ranker.weights()[1]).isCloseTo(1.0, within(0.2));
  }

  @Test
  void training_isDeterministic_ranksByTheRanker_andRoundTrips() throws IOException {
    Snapshot shop = TinyShop.random(21, 40, 600, 6, 30);
    RankedHybrid trainer = new RankedHybrid(COMPONENTS, ValidationTask.BASKET_COMPLETION, 0.2,
        1_000, 20, 0.1, true, EventWeights.DEFAULT, 9L);
    RankedHybridModel model = trainer.train(shop);
    assertThat(trainer.train(shop).provenance()).isEqualTo(model.provenance());
    assertThat(model.provenance().parameters())
        .containsEntry("component0", "item-knn")
        .containsKey("weight[0:item-knn value]")
        .containsKey("weight[last sold]");
    Query cart = Query.forItems(0, 1);
    Recommendations top = model.recommend(cart, 10);
    assertThat(top.size()).isEqualTo(10);
    for (int r = 1; r < top.size(); r++) {
      assertThat(top.score(r)).isLessThanOrEqualTo(top.score(r - 1));
    }
    assertThat(top.items()).doesNotContain(0, 1);
    Map<String, PersistentRecommender.Reader> readers = Map.of(
        ItemKnn.ALGORITHM, ItemKnnModel.reader(), ImplicitAls.ALGORITHM, ImplicitAlsModel.reader(),
        GlobalPopularity.ALGORITHM, PopularityModel.READER);
    RoundTrip.check(model, RankedHybridModel.reader(readers),
        List.of(cart, Query.forItems(7), Query.forUser(2)));
  }

  @Test
  void nextPurchasesTask_learnsOtherWeights_andSaysSoInProvenance() {
    Snapshot shop = TinyShop.random(21, 40, 600, 6, 30);
    RankedHybrid baskets = new RankedHybrid(COMPONENTS, ValidationTask.BASKET_COMPLETION, 0.2,
        1_000, 20, 0.1, true, EventWeights.DEFAULT, 9L);
    RankedHybrid next = new RankedHybrid(COMPONENTS, ValidationTask.NEXT_PURCHASES, 0.2,
        1_000, 20, 0.1, true, EventWeights.DEFAULT, 9L);
    Map<String, String> learned = next.train(shop).provenance().parameters();
    assertThat(next.train(shop).provenance().parameters()).isEqualTo(learned);
    assertThat(learned).containsEntry("validationTask", "next-purchases");
    Map<String, String> basketWeights = baskets.train(shop).provenance().parameters();
    assertThat(basketWeights).doesNotContainKey("validationTask");
    assertThat(learned.get("weight[0:item-knn value]"))
        .isNotEqualTo(basketWeights.get("weight[0:item-knn value]"));
  }

  @Test
  void withoutItemTrend_theTrendFeaturesCarryNoWeight() {
    Snapshot shop = TinyShop.random(21, 40, 600, 6, 30);
    RankedHybrid with = new RankedHybrid(COMPONENTS, ValidationTask.BASKET_COMPLETION, 0.2,
        1_000, 20, 0.1, true, EventWeights.DEFAULT, 9L);
    Map<String, String> on = with.train(shop).provenance().parameters();
    Map<String, String> off = with.withItemTrend(false).train(shop).provenance().parameters();
    assertThat(on).containsEntry("itemTrend", "true");
    assertThat(Float.parseFloat(on.get("weight[log recent orders]"))).isNotZero();
    assertThat(off).containsEntry("itemTrend", "false");
    for (String feature : List.of("log orders", "log recent orders", "last sold")) {
      assertThat(Float.parseFloat(off.get("weight[" + feature + "]"))).as(feature).isZero();
    }
    assertThat(Float.parseFloat(off.get("weight[0:item-knn value]"))).isNotZero();
  }

  @Test
  void aSnapshotWithNoValidationCarts_isAClearError() {
    Snapshot shop = TinyShop.guests(new String[] {"A"}, new String[] {"B"}, new String[] {"C"});
    RankedHybrid trainer = new RankedHybrid(COMPONENTS, ValidationTask.BASKET_COMPLETION, 0.5,
        100, 10, 0.1, true, EventWeights.DEFAULT, 1L);
    assertThatThrownBy(() -> trainer.train(shop))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hybrid-ranker needs validation queries")
        .hasMessageContaining("use hybrid instead");
  }
}

package dev.tandem.recommend.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
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
import dev.tandem.shop.EventWeights;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HybridTest {
  private static final List<Trainer> COMPONENTS =
      List.of(ItemKnn.defaults(), new ImplicitAls(Interactions.USERS, 8, 4, 1, 1, 3, 5L, 1));

  @Test
  void rankBlend_sumsWeightedRankScores() {
    Recommendations first = new Recommendations(new int[] {0, 1}, new float[] {9, 8});
    Recommendations second = new Recommendations(new int[] {1, 2}, new float[] {-1, -2});
    Recommendations blended = RankBlend.blend(
        new Recommendations[] {first, second}, new double[] {1, 2}, 2, 0.5, 4, 3, Query.forItems());
    // per list: top (rank 1, min-max 1) → 1; second (rank 1/2, min-max 0) → 1/4
    // item 0: 1·1 = 1; item 1: 1·1/4 + 2·1 = 2.25; item 2: 2·1/4 = 0.5
    assertThat(blended.items()).containsExactly(1, 0, 2);
    assertThat(blended.score(0)).isCloseTo(2.25f, within(1e-6f));
    assertThat(blended.score(1)).isCloseTo(1f, within(1e-6f));
    assertThat(blended.score(2)).isCloseTo(0.5f, within(1e-6f));
  }

  @Test
  void weightSearch_favoursTheModelThatFindsTheHiddenItems() {
    int queries = 20;
    Recommendations[][] lists = new Recommendations[queries][];
    int[] hidden = new int[queries];
    for (int q = 0; q < queries; q++) {
      hidden[q] = 20 + q;
      // model 0 puts the hidden item 6th; model 1 fills its top with other items, so with equal
      // weights ten items outrank the hidden one
      int[] good = new int[15];
      int[] noise = new int[15];
      for (int r = 0; r < 15; r++) {
        good[r] = r == 5 ? hidden[q] : 100 + r;
        noise[r] = 200 + r;
      }
      lists[q] = new Recommendations[] {
        new Recommendations(good, new float[15]), new Recommendations(noise, new float[15])};
    }
    List<Query> asked = java.util.Collections.nCopies(queries, Query.forItems());
    WeightSearch search = new WeightSearch(lists, asked, hidden, 15);
    assertThat(search.quality(new double[] {1, 1})[0]).isZero();
    double[] weights = search.run(2);
    assertThat(search.quality(weights)[0]).isEqualTo(1.0);
    assertThat(weights[0]).isGreaterThan(weights[1]);
  }

  @Test
  void weightSearch_ranksTheHiddenItemExactlyAsTheBlendDoes() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3L);
    int queries = 200;
    Recommendations[][] lists = new Recommendations[queries][];
    int[] hidden = new int[queries];
    List<Query> asked = new java.util.ArrayList<>();
    for (int q = 0; q < queries; q++) {
      lists[q] = new Recommendations[3];
      for (int m = 0; m < 3; m++) {
        int[] items = random.ints(0, 60).distinct().limit(12).toArray();
        float[] scores = new float[items.length];
        for (int r = 0; r < items.length; r++) {
          // coarse scores, so ties between models' sums happen
          scores[r] = items.length - r - (r % 3 == 0 ? 0 : 1);
        }
        lists[q][m] = new Recommendations(items, scores);
      }
      hidden[q] = random.nextInt(60);
      asked.add(Query.forItems());
    }
    double[][] trials = {{1, 1, 1}, {0, 2, 0.5}, {0.25, 0, 4}, {1, 0.1, 0}};
    for (double share : new double[] {0, 0.5, 1}) {
      WeightSearch search =
          new WeightSearch(lists, asked, hidden, 12, share, WeightSearch.GRID);
      for (double[] weights : trials) {
        double hits = 0;
        for (int q = 0; q < queries; q++) {
          Recommendations top = RankBlend.blend(lists[q], weights, 12, share, 60, 10, asked.get(q));
          hits += top.rankOf(hidden[q]) >= 0 ? 1 : 0;
        }
        assertThat(search.quality(weights)[0]).isEqualTo(hits / queries);
      }
    }
  }

  @Test
  void validationSplit_holdsOutTheLastBaskets_andKeepsItemIndices() {
    String[][] baskets = new String[10][];
    for (int b = 0; b < 10; b++) {
      baskets[b] = new String[] {"I" + b, "I" + (b + 1), "I" + (b + 2)};
    }
    Snapshot shop = TinyShop.guests(baskets);
    ValidationSplit split = ValidationSplit.of(shop, 0.2, 100, EventWeights.DEFAULT, 1L);
    assertThat(split.fit().itemCount()).isEqualTo(shop.itemCount());
    assertThat(split.fit().items().idOf(11)).isEqualTo(shop.items().idOf(11));
    assertThat(split.fit().basketItems().nonZeroCount()).isEqualTo(8 * 3);
    assertThat(split.queries()).hasSize(2);
    // basket 8 = {I8, I9, I10}: query 0 hides position 0; basket 9 = {I9, I10, I11}: position 1
    assertThat(split.hidden()).containsExactly(TinyShop.items(shop, "I8", "I10"));
    assertThat(split.queries().get(1).items()).containsExactly(TinyShop.items(shop, "I9", "I11"));
    assertThat(split.relevant()).isDeepEqualTo(
        new int[][] {TinyShop.items(shop, "I8"), TinyShop.items(shop, "I10")});
  }

  @Test
  void nextPurchasesSplit_asksForEachReturningShoppersLaterItems() {
    String[] users = {"alice", "bob", "carol", null, "alice", "bob", "carol", "alice", "eve", "bob"};
    Snapshot shop = TinyShop.of(users, new String[] {"A", "B"}, new String[] {"A"},
        new String[] {"C"}, new String[] {"A", "B"}, new String[] {"C"}, new String[] {"B"},
        new String[] {"D"}, new String[] {"D", "A"}, new String[] {"A"}, new String[] {"E", "F"});
    // held out: the last 3 baskets, alice {D, A}, eve {A} (no history: left out), bob {E, F}
    ValidationSplit split =
        ValidationSplit.nextPurchases(shop, 0.3, 100, EventWeights.DEFAULT, 1L);
    assertThat(split.fit().basketItems().nonZeroCount()).isEqualTo(9);
    assertThat(split.queries()).hasSize(2);
    assertThat(split.queries()).allSatisfy(query -> assertThat(query.items()).isEmpty());
    assertThat(split.fit().users().idOf(split.queries().get(0).user())).isEqualTo("alice");
    assertThat(split.fit().users().idOf(split.queries().get(1).user())).isEqualTo("bob");
    // query q hides the (q mod n)-th item bought, in basket then catalog order: alice's A of
    // [A, D], bob's F of [E, F]
    assertThat(split.hidden()).containsExactly(TinyShop.items(shop, "A", "F"));
    assertThat(split.relevant()[0]).containsExactly(TinyShop.items(shop, "A", "D"));
    assertThat(split.relevant()[1]).containsExactly(TinyShop.items(shop, "E", "F"));
    ValidationSplit one = ValidationSplit.nextPurchases(shop, 0.3, 1, EventWeights.DEFAULT, 1L);
    assertThat(one.queries()).hasSize(1);
    assertThat(ValidationSplit.nextPurchases(shop, 0.3, 1, EventWeights.DEFAULT, 1L).hidden())
        .containsExactly(one.hidden());
  }

  @Test
  void nextPurchasesTask_learnsItsOwnWeights_andSaysSoInProvenance() {
    Snapshot shop = TinyShop.random(21, 40, 400, 6, 30);
    Hybrid next = Hybrid.of(COMPONENTS, 9L).withTask(ValidationTask.NEXT_PURCHASES);
    HybridModel model = next.train(shop);
    assertThat(next.train(shop).weights()).containsExactly(model.weights());
    assertThat(model.provenance().parameters())
        .containsEntry("validationTask", "next-purchases");
    assertThat(Hybrid.of(COMPONENTS, 9L).train(shop).provenance().parameters())
        .doesNotContainKey("validationTask");
  }

  @Test
  void training_isDeterministic_putsWeightsInProvenance_andRoundTrips() throws IOException {
    Snapshot shop = TinyShop.random(21, 40, 400, 6, 30);
    Hybrid trainer = Hybrid.of(COMPONENTS, 9L).withRankShare(0.25);
    HybridModel model = trainer.train(shop);
    assertThat(trainer.train(shop).weights()).containsExactly(model.weights());
    assertThat(model.provenance().parameters())
        .containsEntry("component0", "item-knn")
        .containsEntry("rankShare", "0.25")
        .containsEntry("weight0", String.valueOf(model.weights()[0]));
    Map<String, PersistentRecommender.Reader> readers = Map.of(
        ItemKnn.ALGORITHM, ItemKnnModel.reader(), ImplicitAls.ALGORITHM, ImplicitAlsModel.reader());
    RoundTrip.check(model, HybridModel.reader(readers),
        List.of(Query.forItems(0, 1), Query.forItems(7), Query.forUser(2)));
  }

  @Test
  void filesWithoutRankShare_blendHalfByRank_asTheyWereSaved() throws IOException {
    Snapshot shop = TinyShop.random(21, 40, 400, 6, 30);
    HybridModel half = Hybrid.of(COMPONENTS, 9L).withRankShare(0.5).train(shop);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    half.writeState(new java.io.DataOutputStream(bytes));
    Map<String, String> parameters = new java.util.LinkedHashMap<>(half.provenance().parameters());
    parameters.remove("rankShare");
    dev.tandem.recommend.Provenance old = new dev.tandem.recommend.Provenance(
        Hybrid.ALGORITHM, parameters, half.provenance().dataFingerprint(),
        half.provenance().seed(), half.provenance().version());
    PersistentRecommender loaded = HybridModel.reader(Map.of(
            ItemKnn.ALGORITHM, ItemKnnModel.reader(),
            ImplicitAls.ALGORITHM, ImplicitAlsModel.reader()))
        .read(new java.io.DataInputStream(
            new java.io.ByteArrayInputStream(bytes.toByteArray())), old);
    for (Query query : List.of(Query.forItems(0, 1), Query.forItems(7), Query.forUser(2))) {
      assertThat(loaded.recommend(query, 10).items())
          .containsExactly(half.recommend(query, 10).items());
    }
  }

  @Test
  void parameters_areValidated() {
    assertThatThrownBy(() -> Hybrid.of(List.of(), 1L)).hasMessageContaining("at least one");
    ValidationTask task = ValidationTask.BASKET_COMPLETION;
    assertThatThrownBy(
        () -> new Hybrid(COMPONENTS, task, 1.0, 10, 10, 0.5, EventWeights.DEFAULT, 1L))
        .hasMessageContaining("validationFraction");
    assertThatThrownBy(
        () -> new Hybrid(COMPONENTS, task, 0.1, 10, 10, 1.5, EventWeights.DEFAULT, 1L))
        .hasMessageContaining("rankShare");
  }
}

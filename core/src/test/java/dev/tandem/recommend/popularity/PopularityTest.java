package dev.tandem.recommend.popularity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.recommend.ModelFiles;
import dev.tandem.recommend.PersistentRecommender;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Orders (day: items): o1 day 0 {mug, tea} by ann; o2 day 0 {mug, card} by ann; o3 day 9
 * {mug} by bob; o4 day 10 {card, pen, tea} by cat (the last event). Mugs and tea are kitchen;
 * cards and pens are paper. Indices: mug 0, tea 1, card 2, pen 3.
 */
class PopularityTest {
  private static final long DAY = Duration.ofDays(1).toMillis();

  static Snapshot shop() {
    SnapshotBuilder builder = new SnapshotBuilder()
        .item("mug", "Mug", "kitchen", 5).item("tea", "Tea", "kitchen", 3)
        .item("card", "Card", "paper", 2).item("pen", "Pen", "paper", 1);
    order(builder, "o1", "ann", 0, "mug", "tea");
    order(builder, "o2", "ann", 0, "mug", "card");
    order(builder, "o3", "bob", 9, "mug");
    order(builder, "o4", "cat", 10, "card", "pen", "tea");
    return builder.build(EventWeights.DEFAULT);
  }

  private static void order(SnapshotBuilder builder, String id, String user, int day,
      String... items) {
    for (String item : items) {
      builder.event(user, item, id, EventType.PURCHASE, 1, 1, day * DAY);
    }
  }

  @Test
  void global_byOrdersExcludingTheQuery() {
    PopularityModel model = GlobalPopularity.byOrders().train(shop());
    assertThat(model.recommend(Query.forItems(), 4).items()).containsExactly(0, 1, 2, 3);
    assertThat(model.score(0)).isEqualTo(3f);
    assertThat(model.recommend(Query.forItems(0), 2).items()).containsExactly(1, 2);
    assertThat(model.provenance().algorithm()).isEqualTo("popularity");
  }

  @Test
  void global_byCustomers() {
    PopularityModel model = new GlobalPopularity(Counting.CUSTOMERS).train(shop());
    // mug: ann, bob (2); tea: ann, cat (2); card: ann, cat (2); pen: cat (1)
    assertThat(new float[] {model.score(0), model.score(1), model.score(2), model.score(3)})
        .containsExactly(2f, 2f, 2f, 1f);
  }

  @Test
  void trending_decaysFromTheLastEvent() {
    PopularityModel model = new TrendingPopularity(Duration.ofDays(1)).train(shop());
    // mug: 2^-10 + 2^-10 + 2^-1; tea: 2^-10 + 1; card: 2^-10 + 1; pen: 1
    assertThat(model.score(0)).isCloseTo((float) (2 * Math.pow(2, -10) + 0.5), within(1e-6f));
    assertThat(model.score(1)).isCloseTo((float) (Math.pow(2, -10) + 1), within(1e-6f));
    assertThat(model.score(3)).isEqualTo(1f);
    assertThat(model.recommend(Query.forItems(), 4).items()).containsExactly(1, 2, 3, 0);
    assertThat(model.provenance().parameters()).containsEntry("halfLife", "PT24H");
  }

  @Test
  void trending_rejectsNonPositiveHalfLife() {
    assertThatThrownBy(() -> new TrendingPopularity(Duration.ZERO))
        .hasMessageContaining("half-life must be positive");
  }

  @Test
  void category_queryCategoriesFirst() {
    CategoryPopularityModel model = new CategoryPopularity(Counting.ORDERS).train(shop());
    // cart {pen}: paper first (card 2), then the rest by orders (mug 3, tea 2)
    assertThat(model.recommend(Query.forItems(3), 3).items()).containsExactly(2, 0, 1);
    // bob bought only a mug: kitchen first (tea), then card, pen
    int bob = shop().users().indexOf("bob");
    assertThat(model.recommend(Query.forUser(bob), 4).items()).containsExactly(0, 1, 2, 3);
    assertThat(model.recommend(new Query(bob, new int[] {2}), 2).items()).containsExactly(3, 0);
  }

  @org.junit.jupiter.api.RepeatedTest(5)
  void global_sameAsTopKOverTheScores(org.junit.jupiter.api.RepetitionInfo repetition) {
    java.util.SplittableRandom random =
        new java.util.SplittableRandom(repetition.getCurrentRepetition());
    SnapshotBuilder builder = new SnapshotBuilder();
    for (int order = 0; order < 300; order++) {
      for (int line = 0; line < 4; line++) {
        builder.event(null, "i" + random.nextInt(40), "o" + order, EventType.PURCHASE, 1, 1, order);
      }
    }
    Snapshot snapshot = builder.build(EventWeights.DEFAULT);
    PopularityModel model = GlobalPopularity.byOrders().train(snapshot);
    float[] scores = new float[snapshot.itemCount()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = model.score(i);
    }
    for (int q = 0; q < 20; q++) {
      Query query = Query.forItems(random.ints(3, 0, scores.length).toArray());
      int k = 1 + random.nextInt(45);
      Recommendations expected = dev.tandem.recommend.TopK.select(scores, k, query, 0f);
      Recommendations actual = model.recommend(query, k);
      assertThat(actual.items()).containsExactly(expected.items());
      for (int r = 0; r < actual.size(); r++) {
        assertThat(actual.score(r)).isEqualTo(expected.score(r));
      }
    }
  }

  @Test
  void roundTrip_throughModelFiles(@TempDir Path dir) {
    Snapshot shop = shop();
    PersistentRecommender[] models = {
      GlobalPopularity.byOrders().train(shop),
      new TrendingPopularity(Duration.ofDays(3)).train(shop),
      new CategoryPopularity(Counting.ORDERS).train(shop)
    };
    int bob = shop.users().indexOf("bob");
    for (PersistentRecommender model : models) {
      Path file = dir.resolve(model.provenance().algorithm() + ".model");
      ModelFiles.save(file, model);
      PersistentRecommender loaded = ModelFiles.load(file, Popularity.readers());
      assertThat(loaded.provenance()).isEqualTo(model.provenance());
      for (Query query : new Query[] {Query.forItems(), Query.forItems(3), Query.forUser(bob)}) {
        Recommendations expected = model.recommend(query, 4);
        Recommendations actual = loaded.recommend(query, 4);
        assertThat(actual.items()).containsExactly(expected.items());
      }
    }
  }
}

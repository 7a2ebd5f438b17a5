package dev.tandem.recommend.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.PersistentRecommender;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.RoundTrip;
import dev.tandem.recommend.TinyShop;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.factors.Ease;
import dev.tandem.recommend.factors.ImplicitAls;
import dev.tandem.recommend.neighbours.ItemKnn;
import dev.tandem.recommend.neighbours.Rp3Beta;
import dev.tandem.recommend.neighbours.UserKnn;
import dev.tandem.recommend.popularity.GlobalPopularity;
import dev.tandem.recommend.popularity.TrendingPopularity;
import dev.tandem.recommend.sessions.SessionKnn;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One map loads every saved model, blends of any components included. */
class ModelReadersTest {
  private static final List<Query> QUERIES =
      List.of(Query.forItems(0, 1), Query.forItems(7), Query.forUser(2));

  @Test
  void everyModel_roundTripsThroughTheOneMap() throws IOException {
    Snapshot shop = TinyShop.random(21, 40, 400, 6, 30);
    List<Trainer> trainers = List.of(GlobalPopularity.byOrders(),
        new TrendingPopularity(Duration.ofHours(2)), ItemKnn.defaults(), Rp3Beta.defaults(),
        UserKnn.defaults(), SessionKnn.defaults(), Ease.defaults(), ImplicitAls.defaults(),
        Hybrid.defaults(), RankedHybrid.defaults());
    for (Trainer trainer : trainers) {
      PersistentRecommender model = (PersistentRecommender) trainer.train(shop);
      PersistentRecommender loaded = RoundTrip.check(model, ModelReaders.all(), QUERIES);
      assertThat(loaded.provenance().algorithm()).isEqualTo(trainer.algorithm());
    }
  }

  @Test
  void aBlendOfABlend_readsItsComponentsWithTheSameMap() throws IOException {
    Snapshot shop = TinyShop.random(22, 40, 400, 6, 30);
    Hybrid inner = Hybrid.of(List.of(ItemKnn.defaults(), GlobalPopularity.byOrders()), 3L);
    Hybrid outer = Hybrid.of(List.of(inner, SessionKnn.defaults()), 4L);
    RoundTrip.check(outer.train(shop), ModelReaders.all(), QUERIES);
  }

  @Test
  void namesEveryAlgorithm_andCannotBeChanged() {
    assertThat(ModelReaders.all()).containsKeys("popularity", "trending-popularity",
        "category-popularity", "item-knn", "rp3beta", "user-knn", "session-knn", "ease",
        "implicit-als", "hybrid", "hybrid-ranker");
    assertThatThrownBy(() -> ModelReaders.all().put("x", (in, provenance) -> null))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

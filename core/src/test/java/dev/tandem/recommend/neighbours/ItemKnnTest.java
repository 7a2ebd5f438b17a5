package dev.tandem.recommend.neighbours;

import static dev.tandem.recommend.TinyShop.item;
import static dev.tandem.recommend.TinyShop.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.RoundTrip;
import dev.tandem.recommend.TinyShop;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemKnnTest {
  // counts A=3, B=3, C=2, D=1; co-occurrence AB=2, AC=2, BC=1, BD=1; 4 baskets
  private static final Snapshot SHOP =
      TinyShop.of(
          new String[] {null, null, null, "u3"},
          new String[] {"A", "B", "C"},
          new String[] {"A", "B"},
          new String[] {"A", "C"},
          new String[] {"B", "D"});

  private static ItemKnn plain(Similarity similarity) {
    return new ItemKnn(Interactions.BASKETS, similarity, 10, 0, 0, false, 1);
  }

  private static float sim(ItemKnnModel model, String from, String to) {
    return model.similarity(item(SHOP, from), item(SHOP, to));
  }

  @Test
  void cosine_isCoOverRootOfCounts() {
    ItemKnnModel model = plain(Similarity.COSINE).train(SHOP);
    assertThat(sim(model, "A", "B")).isCloseTo(2 / 3f, within(1e-6f));
    assertThat(sim(model, "A", "C")).isCloseTo((float) (2 / Math.sqrt(6)), within(1e-6f));
    assertThat(sim(model, "B", "D")).isCloseTo((float) (1 / Math.sqrt(3)), within(1e-6f));
    assertThat(sim(model, "A", "D")).isZero();
  }

  @Test
  void jaccard_isCoOverUnion() {
    ItemKnnModel model = plain(Similarity.JACCARD).train(SHOP);
    assertThat(sim(model, "A", "B")).isCloseTo(0.5f, within(1e-6f));
    assertThat(sim(model, "A", "C")).isCloseTo(2 / 3f, within(1e-6f));
    assertThat(sim(model, "B", "C")).isCloseTo(0.25f, within(1e-6f));
    assertThat(sim(model, "D", "B")).isCloseTo(1 / 3f, within(1e-6f));
  }

  @Test
  void conditional_isAsymmetric_andAlphaDampsPopularTargets() {
    ItemKnnModel model = plain(Similarity.CONDITIONAL).train(SHOP);
    assertThat(sim(model, "A", "C")).isCloseTo(2 / 3f, within(1e-6f)); // P(C | A)
    assertThat(sim(model, "C", "A")).isCloseTo(1f, within(1e-6f)); // P(A | C)
    assertThat(sim(model, "D", "B")).isCloseTo(1f, within(1e-6f));
    assertThat(sim(model, "B", "D")).isCloseTo(1 / 3f, within(1e-6f));
    ItemKnnModel damped = plain(Similarity.CONDITIONAL).withAlpha(0.5).train(SHOP);
    assertThat(sim(damped, "A", "C")).isCloseTo((float) (2 / (3 * Math.sqrt(2))), within(1e-6f));
    assertThat(sim(damped, "A", "B")).isCloseTo((float) (2 / (3 * Math.sqrt(3))), within(1e-6f));
  }

  @Test
  void logLikelihood_isDunningG2_andZeroBelowChance() {
    ItemKnnModel model = plain(Similarity.LOG_LIKELIHOOD).train(SHOP);
    // A,C: table (2 1 / 0 1), expected (1.5 1.5 / 0.5 0.5): G2 = 2(2 ln 4/3 + ln 2/3 + ln 2)
    double ac = 2 * (2 * Math.log(4 / 3.0) + Math.log(2 / 3.0) + Math.log(2));
    assertThat(sim(model, "A", "C")).isCloseTo((float) ac, within(1e-5f));
    assertThat(sim(model, "C", "A")).isCloseTo((float) ac, within(1e-5f));
    // B,D: table (1 2 / 0 1), expected (0.75 2.25 / 0.25 0.75)
    double bd = 2 * (Math.log(4 / 3.0) + 2 * Math.log(2 / 2.25) + Math.log(4 / 3.0));
    assertThat(sim(model, "B", "D")).isCloseTo((float) bd, within(1e-5f));
    // A and B meet twice where chance gives 2.25: no positive association
    assertThat(sim(model, "A", "B")).isZero();
  }

  @Test
  void shrinkage_multipliesByCoOverCoPlusShrinkage() {
    ItemKnnModel model = plain(Similarity.COSINE).withShrinkage(1).train(SHOP);
    assertThat(sim(model, "A", "B")).isCloseTo(2 / 3f * 2 / 3f, within(1e-6f));
    assertThat(sim(model, "B", "D")).isCloseTo((float) (1 / Math.sqrt(3) / 2), within(1e-6f));
  }

  @Test
  void pruning_keepsTheBestNeighboursOnly_andNormaliseScalesToTheBest() {
    ItemKnnModel model = plain(Similarity.COSINE).withNeighbours(1).train(SHOP);
    assertThat(model.neighboursOf(item(SHOP, "A"))).containsExactly(item(SHOP, "C"));
    assertThat(model.neighboursOf(item(SHOP, "B"))).containsExactly(item(SHOP, "A"));
    ItemKnnModel normalised = plain(Similarity.COSINE).withNormalise(true).train(SHOP);
    assertThat(sim(normalised, "A", "C")).isEqualTo(1f);
    assertThat(sim(normalised, "A", "B")).isCloseTo((float) (2 / 3.0 / (2 / Math.sqrt(6))),
        within(1e-6f));
  }

  @Test
  void cart_sumsSimilaritiesOfItsItems_andNeverReturnsThem() {
    ItemKnnModel model = plain(Similarity.CONDITIONAL).train(SHOP);
    Recommendations top = model.recommend(Query.forItems(items(SHOP, "A", "D")), 5);
    // B: P(B|A) + P(B|D) = 2/3 + 1; C: P(C|A) = 2/3
    assertThat(top.items()).containsExactly(items(SHOP, "B", "C"));
    assertThat(top.score(0)).isCloseTo(5 / 3f, within(1e-6f));
    assertThat(top.score(1)).isCloseTo(2 / 3f, within(1e-6f));
  }

  @Test
  void shopperWithoutCart_isScoredOverTheirHistory() {
    ItemKnnModel model = plain(Similarity.CONDITIONAL).train(SHOP);
    int u3 = SHOP.users().indexOf("u3");
    Recommendations top = model.recommend(Query.forUser(u3), 5);
    // history {B, D}: A = P(A|B) = 2/3, B = P(B|D) = 1, C = 1/3, D = P(D|B) = 1/3
    assertThat(top.item(0)).isEqualTo(item(SHOP, "B"));
    assertThat(top.item(1)).isEqualTo(item(SHOP, "A"));
    assertThat(top.score(1)).isCloseTo(2 / 3f, within(1e-6f));
  }

  @Test
  void userInteractions_readEventWeights() {
    ItemKnnModel model =
        plain(Similarity.COSINE).withInteractions(Interactions.USERS).train(SHOP);
    // only u3 is known: B and D co-occur in one shopper's history, both with weight 5
    assertThat(sim(model, "B", "D")).isCloseTo(1f, within(1e-6f));
    assertThat(sim(model, "A", "B")).isZero();
  }

  @Test
  void build_matchesBruteForce_onRandomShops_andThreadsDoNotChangeIt() {
    for (long seed = 1; seed <= 5; seed++) {
      Snapshot shop = TinyShop.random(seed, 60, 300, 8, 40);
      for (Similarity similarity : Similarity.values()) {
        ItemKnn trainer =
            new ItemKnn(Interactions.BASKETS, similarity, 7, 2, 0.3, false, 1);
        ItemKnnModel one = trainer.train(shop);
        ItemKnnModel two = trainer.withThreads(2).train(shop);
        double[][] brute = BruteForceSimilarity.of(shop, trainer);
        for (int i = 0; i < shop.itemCount(); i++) {
          assertThat(two.neighboursOf(i)).containsExactly(one.neighboursOf(i));
          int[] expected = BruteForceSimilarity.best(brute[i], i, 7);
          assertThat(one.neighboursOf(i)).as("seed %d %s item %d", seed, similarity, i)
              .containsExactly(expected);
          for (int j : expected) {
            assertThat((double) one.similarity(i, j)).isCloseTo(brute[i][j], within(1e-4));
          }
        }
      }
    }
  }

  @Test
  void roundTrip_recommendsExactlyTheSame() throws IOException {
    Snapshot shop = TinyShop.random(3, 50, 200, 6, 20);
    ItemKnnModel model = ItemKnn.defaults().train(shop);
    List<Query> queries = List.of(
        Query.forItems(0, 1), Query.forItems(5), Query.forUser(3), new Query(2, new int[] {4}));
    RoundTrip.check(model, ItemKnnModel.reader(), queries);
  }

  @Test
  void parameters_areValidated() {
    assertThatThrownBy(() -> ItemKnn.defaults().withNeighbours(0))
        .hasMessageContaining("neighbours must be at least 1");
    assertThatThrownBy(() -> ItemKnn.defaults().withAlpha(1.5)).hasMessageContaining("alpha");
    assertThatThrownBy(() -> ItemKnn.defaults().withShrinkage(-1))
        .hasMessageContaining("shrinkage");
    assertThatThrownBy(() -> Similarity.parse("pearson")).hasMessageContaining("cosine");
  }
}

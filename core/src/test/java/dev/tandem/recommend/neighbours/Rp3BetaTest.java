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

class Rp3BetaTest {
  // counts A=3, B=3, C=2, D=1; basket lengths 3, 2, 2, 2
  private static final Snapshot SHOP =
      TinyShop.of(
          new String[] {null, null, null, "u3"},
          new String[] {"A", "B", "C"},
          new String[] {"A", "B"},
          new String[] {"A", "C"},
          new String[] {"B", "D"});

  private static Rp3Beta walk(double alpha, double beta) {
    return new Rp3Beta(Interactions.BASKETS, alpha, beta, 10, 1);
  }

  private static float sim(ItemKnnModel model, String from, String to) {
    return model.similarity(item(SHOP, from), item(SHOP, to));
  }

  @Test
  void similarity_isTwoStepWalkOverTargetDegreePower() {
    ItemKnnModel model = walk(1, 0.5).train(SHOP);
    // A -> {A,B,C} (1/3 · 1/3) and A -> {A,B} (1/3 · 1/2): 5/18 reaches B, whose degree is 3
    assertThat(sim(model, "A", "B")).isCloseTo((float) (5 / 18.0 / Math.sqrt(3)), within(1e-6f));
    assertThat(sim(model, "A", "C")).isCloseTo((float) (5 / 18.0 / Math.sqrt(2)), within(1e-6f));
    assertThat(sim(model, "D", "B")).isCloseTo((float) (0.5 / Math.sqrt(3)), within(1e-6f));
    assertThat(sim(model, "B", "D")).isCloseTo(1 / 6f, within(1e-6f));
    assertThat(sim(model, "A", "D")).isZero();
    assertThat(sim(model, "A", "A")).isZero();
  }

  @Test
  void alpha_raisesEachStepsProbability() {
    ItemKnnModel model = walk(2, 0).train(SHOP);
    assertThat(sim(model, "A", "B")).isCloseTo((float) (1 / 9.0 * (1 / 9.0 + 1 / 4.0)),
        within(1e-6f));
  }

  @Test
  void beta_damsPopularTargets() {
    int a = item(SHOP, "A");
    assertThat(walk(1, 0).train(SHOP).neighboursOf(a)).containsExactly(items(SHOP, "B", "C"));
    assertThat(walk(1, 1).train(SHOP).neighboursOf(a)).containsExactly(items(SHOP, "C", "B"));
  }

  @Test
  void cart_sumsWalksFromItsItems_shopperUsesHistory() throws IOException {
    ItemKnnModel model = walk(1, 0).train(SHOP);
    Recommendations top = model.recommend(Query.forItems(items(SHOP, "B", "C")), 10);
    assertThat(top.items()).doesNotContain(items(SHOP, "B", "C"));
    assertThat(top.item(0)).isEqualTo(item(SHOP, "A"));
    assertThat(top.score(0)).isCloseTo(
        sim(model, "B", "A") + sim(model, "C", "A"), within(1e-6f));
    int shopper = SHOP.users().indexOf("u3");
    assertThat(model.recommend(Query.forUser(shopper), 10).items())
        .contains(item(SHOP, "A"), item(SHOP, "C"));
    RoundTrip.check(model, Rp3Beta.reader(), List.of(Query.forItems(item(SHOP, "A"))));
  }

  @Test
  void build_isTheSameOnAnyNumberOfThreads() {
    Snapshot shop = TinyShop.random(7, 60, 400, 6, 30);
    Rp3Beta one = new Rp3Beta(Interactions.BASKETS, 0.8, 0.3, 5, 1);
    ItemKnnModel single = one.train(shop);
    ItemKnnModel parallel = new Rp3Beta(Interactions.BASKETS, 0.8, 0.3, 5, 2).train(shop);
    for (int i = 0; i < shop.itemCount(); i++) {
      assertThat(parallel.neighboursOf(i)).containsExactly(single.neighboursOf(i));
    }
    assertThat(single.neighboursOf(0)).hasSizeLessThanOrEqualTo(5).isNotEmpty();
  }

  @Test
  void badParameters_sayWhichAndWhy() {
    assertThatThrownBy(() -> walk(0, 0.5)).hasMessageContaining("alpha must lie in (0, 2]");
    assertThatThrownBy(() -> walk(1, 1.5)).hasMessageContaining("beta must lie in [0, 1]");
    assertThatThrownBy(() -> new Rp3Beta(Interactions.BASKETS, 1, 0.5, 0, 1))
        .hasMessageContaining("neighbours and threads must be at least 1");
  }
}

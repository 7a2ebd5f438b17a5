package dev.tandem.recommend.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.RoundTrip;
import dev.tandem.recommend.SparseRows;
import dev.tandem.recommend.TinyShop;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ImplicitAlsTest {
  private static final Snapshot SHOP = TinyShop.random(11, 40, 400, 6, 60);
  private static final ImplicitAls SMALL =
      new ImplicitAls(Interactions.USERS, 8, 6, 0.5, 2.0, 3, 7L, 1);

  @Test
  void conjugateGradient_withKSteps_solvesTheRowExactly() {
    int k = 6;
    SplittableRandom random = new SplittableRandom(5);
    float[] fixed = new float[30 * k];
    for (int i = 0; i < fixed.length; i++) {
      fixed[i] = (float) random.nextDouble(-1, 1);
    }
    SparseRows row = new SparseRows(30, new int[] {0, 3}, new int[] {2, 9, 17},
        new float[] {1f, 4f, 2f});
    double alpha = 1.5;
    double lambda = 0.3;
    float[] solved = new float[k];
    new ConjugateGradient(k, Gram.rows(fixed, k, lambda), alpha, 2 * k)
        .solveRow(row, 0, solved, fixed);
    double[] exact = DenseAls.solveRow(fixed, k, lambda, alpha, row.columns(), row.values());
    for (int f = 0; f < k; f++) {
      assertThat((double) solved[f]).isCloseTo(exact[f], within(1e-4));
    }
  }

  @Test
  void cholesky_solvesAHandMadeSystem() {
    double[] a = {4, 2, 2, 3};
    double[] b = {2, 1};
    Cholesky.solve(a, b, 2);
    // 4x + 2y = 2, 2x + 3y = 1 → x = 0.5, y = 0
    assertThat(b[0]).isCloseTo(0.5, within(1e-12));
    assertThat(b[1]).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void training_withExactSolves_leavesItemRowsAtTheirLeastSquaresOptimum() {
    ImplicitAls exact = SMALL.withCgSteps(20);
    ImplicitAlsModel model = exact.train(SHOP);
    SparseRows itemUsers = Interactions.USERS.rows(SHOP).transpose();
    float[] users = flatUsers(model, SHOP.userCount());
    for (int item = 0; item < SHOP.itemCount(); item += 7) {
      int from = itemUsers.start()[item];
      int to = itemUsers.start()[item + 1];
      double[] best = DenseAls.solveRow(users, 8, 0.5, 2.0,
          java.util.Arrays.copyOfRange(itemUsers.columns(), from, to),
          java.util.Arrays.copyOfRange(itemUsers.values(), from, to));
      float[] actual = model.itemFactors(item);
      for (int f = 0; f < 8; f++) {
        assertThat((double) actual[f]).isCloseTo(best[f], within(1e-3));
      }
    }
  }

  @Test
  void moreIterations_lowerTheObjective() {
    SparseRows userItems = Interactions.USERS.rows(SHOP);
    double one = DenseAls.objective(SMALL.withIterations(1).train(SHOP), SHOP, userItems, 0.5, 2.0);
    double six = DenseAls.objective(SMALL.train(SHOP), SHOP, userItems, 0.5, 2.0);
    assertThat(six).isLessThan(one);
  }

  @Test
  void training_isDeterministic_andThreadsDoNotChangeIt() {
    ImplicitAlsModel one = SMALL.train(SHOP);
    ImplicitAlsModel two = SMALL.withThreads(2).train(SHOP);
    ImplicitAlsModel other = SMALL.withSeed(8).train(SHOP);
    for (int item = 0; item < SHOP.itemCount(); item++) {
      assertThat(two.itemFactors(item)).containsExactly(one.itemFactors(item));
    }
    assertThat(other.itemFactors(0)).isNotEqualTo(one.itemFactors(0));
  }

  @Test
  void foldIn_equalsTheRowSolveOfTheCartAsAShopper() {
    ImplicitAlsModel model = SMALL.train(SHOP);
    int[] cart = {1, 4, 9};
    double[] folded = model.foldIn(cart);
    float[] items = new float[SHOP.itemCount() * 8];
    for (int i = 0; i < SHOP.itemCount(); i++) {
      System.arraycopy(model.itemFactors(i), 0, items, i * 8, 8);
    }
    float[] solved = new float[8];
    // every purchase in the random shop weighs 5; repeated purchases sum, so use the model's mean
    float mean = DenseAls.meanValue(Interactions.USERS.rows(SHOP));
    SparseRows row = new SparseRows(SHOP.itemCount(), new int[] {0, 3}, cart,
        new float[] {mean, mean, mean});
    new ConjugateGradient(8, Gram.rows(items, 8, 0.5), 2.0, 30).solveRow(row, 0, solved, items);
    for (int f = 0; f < 8; f++) {
      assertThat(folded[f]).isCloseTo(solved[f], within(1e-3));
    }
  }

  @Test
  void cart_fromOneGroup_recommendsTheRestOfThatGroup() {
    String[][] baskets = new String[80][];
    String[] users = new String[80];
    for (int b = 0; b < 80; b++) {
      String group = b % 2 == 0 ? "garden" : "kitchen";
      int shift = b / 2;
      baskets[b] = new String[] {group + (shift % 5), group + ((shift + 1) % 5),
          group + ((shift + 2) % 5)};
      users[b] = group + "-fan-" + (b / 2 % 10);
    }
    Snapshot shop = TinyShop.of(users, baskets);
    ImplicitAlsModel model =
        new ImplicitAls(Interactions.USERS, 4, 10, 10.0, 1.0, 3, 1L, 2).train(shop);
    Recommendations top =
        model.recommend(Query.forItems(TinyShop.items(shop, "garden0", "garden1")), 3);
    for (int rank = 0; rank < 3; rank++) {
      assertThat(shop.items().idOf(top.item(rank))).startsWith("garden");
    }
    int kitchenFan = shop.users().indexOf("kitchen-fan-3");
    assertThat(shop.items().idOf(model.recommend(Query.forUser(kitchenFan), 1).item(0)))
        .startsWith("kitchen");
  }

  @Test
  void basketRows_foldInAShopperFromTheirHistory() throws IOException {
    ImplicitAlsModel model = SMALL.withInteractions(Interactions.BASKETS).train(SHOP);
    int user = 4;
    SparseRows histories = Interactions.USERS.rows(SHOP);
    int[] own = java.util.Arrays.copyOfRange(histories.columns(), histories.start()[user],
        histories.start()[user + 1]);
    assertThat(model.shopperVector(Query.forUser(user))).containsExactly(model.foldIn(own));
    assertThat(model.provenance().parameters()).containsEntry("interactions", "baskets");
    RoundTrip.check(model, ImplicitAlsModel.reader(),
        List.of(Query.forUser(user), Query.forItems(2, 3)));
  }

  @Test
  void roundTrip_recommendsExactlyTheSame() throws IOException {
    ImplicitAlsModel model = SMALL.train(SHOP);
    List<Query> queries = List.of(Query.forItems(0, 3), Query.forUser(5), Query.forItems(7),
        new Query(2, new int[] {1}), Query.forUser(10_000));
    RoundTrip.check(model, ImplicitAlsModel.reader(), queries);
  }

  @Test
  void parameters_areValidated() {
    assertThatThrownBy(() -> SMALL.withFactors(0)).hasMessageContaining("factors must lie");
    assertThatThrownBy(() -> SMALL.withLambda(0)).hasMessageContaining("lambda must be");
    assertThatThrownBy(() -> SMALL.withAlpha(-1)).hasMessageContaining("alpha must be");
    assertThatThrownBy(() -> SMALL.withCgSteps(0)).hasMessageContaining("cgSteps");
  }

  private static float[] flatUsers(ImplicitAlsModel model, int count) {
    float[] users = new float[count * model.factors()];
    for (int u = 0; u < count; u++) {
      System.arraycopy(model.userFactors(u), 0, users, u * model.factors(), model.factors());
    }
    return users;
  }
}

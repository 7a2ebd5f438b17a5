package dev.tandem.recommend.factors;

import static dev.tandem.recommend.TinyShop.item;
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
import org.junit.jupiter.api.Test;

class EaseTest {

  @Test
  void twoItems_weightsAreRidgeRegressionsOnEachOther() {
    // X = [1 1; 1 0; 1 1]: XᵀX = [3 2; 2 2]; with λ = 1, B(A→B) = 2/(3+1), B(B→A) = 2/(2+1)
    Snapshot shop = TinyShop.guests(
        new String[] {"A", "B"}, new String[] {"A"}, new String[] {"A", "B"});
    EaseModel model = new Ease(Interactions.BASKETS, 1, 10).train(shop);
    int a = item(shop, "A");
    int b = item(shop, "B");
    assertThat(model.weight(a, b)).isCloseTo(0.5f, within(1e-6f));
    assertThat(model.weight(b, a)).isCloseTo(2 / 3f, within(1e-6f));
    assertThat(model.weight(a, a)).isZero();
  }

  @Test
  void weights_matchPerItemRidgeRegression_onRandomShops() {
    for (long seed = 1; seed <= 3; seed++) {
      Snapshot shop = TinyShop.random(seed, 25, 150, 6, 30);
      double lambda = 3;
      EaseModel model = new Ease(Interactions.BASKETS, lambda, 100).train(shop);
      double[][] x = dense(Interactions.BASKETS.rows(shop).binary(), shop.itemCount());
      for (int target = 0; target < shop.itemCount(); target += 3) {
        double[] expected = ridge(x, target, lambda);
        for (int from = 0; from < shop.itemCount(); from++) {
          assertThat((double) model.weight(from, target)).as("seed %d %d→%d", seed, from, target)
              .isCloseTo(expected[from], within(1e-4));
        }
      }
    }
  }

  @Test
  void maxItems_keepsTheMostFrequent_andNeverRecommendsTheOthers() {
    Snapshot shop = TinyShop.guests(
        new String[] {"A", "B", "C"}, new String[] {"A", "B"}, new String[] {"A", "C"},
        new String[] {"B", "D"}, new String[] {"A", "B"});
    EaseModel model = new Ease(Interactions.BASKETS, 0.5, 2).train(shop);
    assertThat(model.keptItemCount()).isEqualTo(2);
    assertThat(model.provenance().parameters()).containsEntry("itemsKept", "2 of 4");
    Recommendations top = model.recommend(Query.forItems(item(shop, "A"), item(shop, "C")), 5);
    assertThat(top.items()).containsExactly(item(shop, "B"));
    assertThat(model.recommend(Query.forItems(item(shop, "D")), 5).size()).isZero();
  }

  @Test
  void cartScores_areTheSumOfWeightRows() {
    Snapshot shop = TinyShop.random(4, 20, 120, 5, 10);
    EaseModel model = new Ease(Interactions.BASKETS, 2, 100).train(shop);
    Recommendations top = model.recommend(Query.forItems(1, 2), 3);
    for (int r = 0; r < top.size(); r++) {
      int j = top.item(r);
      assertThat(top.score(r)).isCloseTo(model.weight(1, j) + model.weight(2, j), within(1e-5f));
    }
    assertThat(top.items()).doesNotContain(1, 2);
  }

  @Test
  void roundTrip_recommendsExactlyTheSame() throws IOException {
    Snapshot shop = TinyShop.random(5, 40, 200, 6, 20);
    EaseModel model = Ease.defaults().withLambda(5).train(shop);
    RoundTrip.check(model, EaseModel.reader(),
        List.of(Query.forItems(0, 1), Query.forUser(3), Query.forItems(9), Query.forUser(999)));
  }

  @Test
  void parameters_areValidated() {
    assertThatThrownBy(() -> Ease.defaults().withLambda(0)).hasMessageContaining("lambda");
    assertThatThrownBy(() -> Ease.defaults().withMaxItems(0)).hasMessageContaining("maxItems");
  }

  private static double[][] dense(SparseRows rows, int n) {
    double[][] x = new double[rows.rowCount()][n];
    for (int r = 0; r < rows.rowCount(); r++) {
      for (int p = rows.start()[r]; p < rows.start()[r + 1]; p++) {
        x[r][rows.columns()[p]] = 1;
      }
    }
    return x;
  }

  /** argmin_w |x_t − X w|² + λ|w|² with w_t = 0, by the normal equations over the other items. */
  private static double[] ridge(double[][] x, int target, double lambda) {
    int n = x[0].length;
    double[] a = new double[n * n];
    double[] b = new double[n];
    for (double[] row : x) {
      for (int i = 0; i < n; i++) {
        if (i == target) {
          continue;
        }
        b[i] += row[i] * row[target];
        for (int j = 0; j < n; j++) {
          a[i * n + j] += j == target ? 0 : row[i] * row[j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      a[i * n + i] += i == target ? 1 : lambda;
    }
    Cholesky.solve(a, b, n);
    return b;
  }
}

package dev.tandem.recommend.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.SparseRows;
import dev.tandem.recommend.TinyShop;
import dev.tandem.recommend.TopK;
import dev.tandem.rules.Transactions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The serving fold-in (scratch arrays, lower-triangle updates, four rows and four items at a time)
 * gives bit for bit the doubles of the textbook fold-in below, on real baskets (FIMI retail: the
 * first 5,000, 64 factors as served) and on factor counts that are not a multiple of four.
 */
class FoldInArithmeticTest {
  /** The textbook's Gram matrix, computed once per factor array. */
  private double[] gram;
  private float[] gramOf;

  @Test
  void realBaskets_foldInAndScoreBitForBitAsTheTextbook() throws IOException {
    SparseRows baskets = firstBaskets(fimiRetail(), 5_000);
    ImplicitAls als = ImplicitAls.defaults().withInteractions(Interactions.BASKETS)
        .withIterations(1);
    ImplicitAlsModel model = als.train(baskets, baskets, "fimi-retail-5000");
    float[] items = allItemFactors(model, baskets.columnCount());
    int checked = 0;
    for (int basket = 0; basket < baskets.rowCount(); basket += 5) {
      int[] cart = Arrays.copyOfRange(baskets.columns(), baskets.start()[basket],
          baskets.start()[basket + 1]);
      assertSameAsTextbook(model, als, foldInValue(baskets), items, cart);
      checked++;
    }
    assertThat(checked).isEqualTo(1_000);
  }

  @Test
  void factorCountsNotAMultipleOfFour_foldInBitForBitAsTheTextbook() {
    var shop = TinyShop.random(11, 40, 400, 6, 60);
    SplittableRandom random = new SplittableRandom(3);
    for (int factors : new int[] {1, 5, 7, 30}) {
      ImplicitAls als = new ImplicitAls(Interactions.USERS, factors, 4, 0.5, 2.0, 3, 7L, 1);
      ImplicitAlsModel model = als.train(shop);
      float value = foldInValue(Interactions.USERS.rows(shop));
      float[] items = allItemFactors(model, shop.itemCount());
      for (int c = 0; c < 50; c++) {
        int[] cart = random.ints(1 + random.nextInt(6), 0, shop.itemCount()).distinct().toArray();
        assertSameAsTextbook(model, als, value, items, cart);
      }
    }
  }

  private void assertSameAsTextbook(
      ImplicitAlsModel model, ImplicitAls als, float foldInValue, float[] items, int[] cart) {
    double[] expected = textbookFoldIn(items, als, foldInValue, cart);
    assertThat(model.foldIn(cart)).as("cart %s", Arrays.toString(cart)).containsExactly(expected);
    Query query = Query.forItems(cart);
    Recommendations served = model.recommend(query, 20);
    Recommendations textbook = TopK.select(textbookScores(items, als.factors(), expected), 20,
        query);
    assertThat(served.size()).isEqualTo(textbook.size());
    for (int r = 0; r < served.size(); r++) {
      assertThat(served.item(r)).isEqualTo(textbook.item(r));
      assertThat(Float.floatToRawIntBits((float) served.score(r)))
          .isEqualTo(Float.floatToRawIntBits((float) textbook.score(r)));
    }
  }

  /** The fold-in as first written: a fresh full system, a one-row-at-a-time Cholesky. */
  private double[] textbookFoldIn(float[] items, ImplicitAls als, float value, int[] cart) {
    int k = als.factors();
    if (gramOf != items) {
      gram = Gram.of(items, k, (float) als.lambda());
      gramOf = items;
    }
    double[] system = gram.clone();
    double[] right = new double[k];
    double confidence = 1 + (float) als.alpha() * value;
    for (int item : cart) {
      if (isZero(items, item, k)) {
        continue;
      }
      for (int a = 0; a < k; a++) {
        double ya = items[item * k + a];
        right[a] += confidence * ya;
        for (int b = 0; b < k; b++) {
          system[a * k + b] += (confidence - 1) * ya * items[item * k + b];
        }
      }
    }
    for (int j = 0; j < k; j++) {
      double diagonal = system[j * k + j];
      for (int m = 0; m < j; m++) {
        diagonal -= system[j * k + m] * system[j * k + m];
      }
      diagonal = Math.sqrt(Math.max(diagonal, 1e-12));
      system[j * k + j] = diagonal;
      for (int i = j + 1; i < k; i++) {
        double sum = system[i * k + j];
        for (int m = 0; m < j; m++) {
          sum -= system[i * k + m] * system[j * k + m];
        }
        system[i * k + j] = sum / diagonal;
      }
    }
    for (int i = 0; i < k; i++) {
      double sum = right[i];
      for (int m = 0; m < i; m++) {
        sum -= system[i * k + m] * right[m];
      }
      right[i] = sum / system[i * k + i];
    }
    for (int i = k - 1; i >= 0; i--) {
      double sum = right[i];
      for (int m = i + 1; m < k; m++) {
        sum -= system[m * k + i] * right[m];
      }
      right[i] = sum / system[i * k + i];
    }
    return right;
  }

  private static float[] textbookScores(float[] items, int k, double[] vector) {
    float[] scores = new float[items.length / k];
    for (int item = 0; item < scores.length; item++) {
      double sum = 0;
      for (int f = 0; f < k; f++) {
        sum += vector[f] * items[item * k + f];
      }
      scores[item] = isZero(items, item, k) ? Float.NEGATIVE_INFINITY : (float) sum;
    }
    return scores;
  }

  private static boolean isZero(float[] items, int item, int k) {
    for (int f = 0; f < k; f++) {
      if (items[item * k + f] != 0f) {
        return false;
      }
    }
    return true;
  }

  private static float[] allItemFactors(ImplicitAlsModel model, int count) {
    int k = model.factors();
    float[] items = new float[count * k];
    for (int i = 0; i < count; i++) {
      System.arraycopy(model.itemFactors(i), 0, items, i * k, k);
    }
    return items;
  }

  /** As the trainer computes it: the mean positive value of the rows. */
  private static float foldInValue(SparseRows rows) {
    double sum = 0;
    for (float v : rows.values()) {
      sum += v;
    }
    return (float) (sum / rows.nonZeroCount());
  }

  private static SparseRows firstBaskets(Path file, int count) throws IOException {
    Transactions all = Transactions.readFimi(file);
    int[] start = new int[count + 1];
    int[][] rows = new int[count][];
    for (int t = 0; t < count; t++) {
      rows[t] = Arrays.stream(all.transaction(t)).sorted().distinct().toArray();
      start[t + 1] = start[t] + rows[t].length;
    }
    int[] columns = Arrays.stream(rows).flatMapToInt(Arrays::stream).toArray();
    float[] values = new float[columns.length];
    Arrays.fill(values, 1f);
    return new SparseRows(all.itemCount(), start, columns, values);
  }

  private static Path fimiRetail() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/fimi/retail.dat.gz");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    String message = "shared/data/fimi/retail.dat.gz not found above " + Path.of("")
        .toAbsolutePath();
    if ("true".equals(System.getenv("CI"))) {
      fail(message + " (CI=true: the data must be there)");
    }
    assumeTrue(false, message + ": skipped");
    return null;
  }
}

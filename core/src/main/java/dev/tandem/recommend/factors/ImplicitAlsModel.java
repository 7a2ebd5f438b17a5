package dev.tandem.recommend.factors;

import dev.tandem.recommend.PersistentRecommender;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.SparseRows;
import dev.tandem.recommend.StateArrays;
import dev.tandem.recommend.TopK;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A trained {@link ImplicitAls}: shopper and item factors. A query with a cart is folded in: the
 * cart is solved against the item factors exactly (one k × k Cholesky solve, each cart item given
 * the training data's mean interaction value), which serves new shoppers and anonymous carts alike;
 * a known shopper without a cart uses their trained factors. Items never seen in training are not
 * recommended. Immutable and thread-safe.
 */
public final class ImplicitAlsModel implements PersistentRecommender {
  private final Provenance provenance;
  private final int k;
  private final float[] users;
  private final float[] items;
  private final float lambda;
  private final float alpha;
  private final float foldInValue;
  private final SparseRows histories;
  private final double[] gram;
  private final boolean[] trained;

  ImplicitAlsModel(
      Provenance provenance, int k, float[] users, float[] items, float lambda, float alpha,
      float foldInValue, SparseRows histories) {
    this.provenance = provenance;
    this.k = k;
    this.users = users;
    this.items = items;
    this.lambda = lambda;
    this.alpha = alpha;
    this.foldInValue = foldInValue;
    this.histories = histories;
    this.gram = Gram.of(items, k, lambda);
    this.trained = nonZeroRows(items, k);
  }

  /** Reads what {@link #writeState} wrote; register under {@link ImplicitAls#ALGORITHM}. */
  public static PersistentRecommender.Reader reader() {
    return (in, provenance) -> {
      int k = in.readInt();
      float lambda = in.readFloat();
      float alpha = in.readFloat();
      float foldInValue = in.readFloat();
      float[] users = StateArrays.readFloats(in);
      float[] items = StateArrays.readFloats(in);
      SparseRows histories = StateArrays.readRows(in);
      return new ImplicitAlsModel(provenance, k, users, items, lambda, alpha, foldInValue,
          histories);
    };
  }

  @Override
  public Recommendations recommend(Query query, int k) {
    double[] vector = shopperVector(query);
    if (vector == null) {
      return Recommendations.none();
    }
    return TopK.select(scores(vector), k, query);
  }

  /**
   * The shopper's vector: folded in from the cart; else their trained factors; else folded in from
   * their history (when the rows were baskets); null when none is known.
   */
  double[] shopperVector(Query query) {
    int[] cart = query.items();
    if (cart.length > 0) {
      return foldIn(cart);
    }
    int user = query.user();
    if (query.hasUser() && user < users.length / k) {
      double[] vector = new double[k];
      for (int f = 0; f < k; f++) {
        vector[f] = users[user * k + f];
      }
      return vector;
    }
    if (query.hasUser() && user < histories.rowCount() && histories.rowLength(user) > 0) {
      return foldIn(java.util.Arrays.copyOfRange(
          histories.columns(), histories.start()[user], histories.start()[user + 1]));
    }
    return null;
  }

  /**
   * Solves (YᵀY + λI + Σ (c−1) y yᵀ) x = Σ c y over the cart's items, exactly. The system is the
   * thread's scratch array and only its lower triangle is updated: all that {@link Cholesky} reads.
   */
  double[] foldIn(int[] cart) {
    double[] system = FoldInScratch.ofThisThread().system(gram.length);
    System.arraycopy(gram, 0, system, 0, gram.length);
    double[] right = new double[k];
    double confidence = 1 + alpha * foldInValue;
    for (int item : cart) {
      if (item < 0 || item >= trained.length || !trained[item]) {
        continue;
      }
      int base = item * k;
      for (int a = 0; a < k; a++) {
        double ya = items[base + a];
        right[a] += confidence * ya;
        double weight = (confidence - 1) * ya;
        for (int b = 0; b <= a; b++) {
          system[a * k + b] += weight * items[base + b];
        }
      }
    }
    Cholesky.solve(system, right, k);
    return right;
  }

  /**
   * Every item's score, in the thread's scratch row (valid until its next fold-in): four items at
   * a time, each dot product summed in factor order, so the scores are those of one at a time.
   */
  private float[] scores(double[] vector) {
    int count = trained.length;
    float[] scores = FoldInScratch.ofThisThread().scores(count);
    int item = 0;
    for (; item + 4 <= count; item += 4) {
      fourScores(vector, item, scores);
    }
    for (; item < count; item++) {
      double sum = 0;
      int base = item * k;
      for (int f = 0; f < k; f++) {
        sum += vector[f] * items[base + f];
      }
      scores[item] = trained[item] ? (float) sum : Float.NEGATIVE_INFINITY;
    }
    return scores;
  }

  private void fourScores(double[] vector, int item, float[] scores) {
    int base0 = item * k;
    int base1 = base0 + k;
    int base2 = base1 + k;
    int base3 = base2 + k;
    double sum0 = 0;
    double sum1 = 0;
    double sum2 = 0;
    double sum3 = 0;
    for (int f = 0; f < k; f++) {
      double v = vector[f];
      sum0 += v * items[base0 + f];
      sum1 += v * items[base1 + f];
      sum2 += v * items[base2 + f];
      sum3 += v * items[base3 + f];
    }
    scores[item] = trained[item] ? (float) sum0 : Float.NEGATIVE_INFINITY;
    scores[item + 1] = trained[item + 1] ? (float) sum1 : Float.NEGATIVE_INFINITY;
    scores[item + 2] = trained[item + 2] ? (float) sum2 : Float.NEGATIVE_INFINITY;
    scores[item + 3] = trained[item + 3] ? (float) sum3 : Float.NEGATIVE_INFINITY;
  }

  /** The item's factors (a copy), for tests and inspection. */
  public float[] itemFactors(int item) {
    return java.util.Arrays.copyOfRange(items, item * k, item * k + k);
  }

  /** The shopper's trained factors (a copy); empty when the rows were baskets. */
  public float[] userFactors(int user) {
    return java.util.Arrays.copyOfRange(users, user * k, user * k + k);
  }

  public int factors() {
    return k;
  }

  private static boolean[] nonZeroRows(float[] factors, int k) {
    boolean[] nonZero = new boolean[factors.length / k];
    for (int r = 0; r < nonZero.length; r++) {
      for (int f = 0; f < k && !nonZero[r]; f++) {
        nonZero[r] = factors[r * k + f] != 0f;
      }
    }
    return nonZero;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public long sizeInBytes() {
    return 4L * users.length + 4L * items.length + 8L * gram.length + trained.length
        + histories.sizeInBytes();
  }

  @Override
  public void writeState(DataOutput out) throws IOException {
    out.writeInt(k);
    out.writeFloat(lambda);
    out.writeFloat(alpha);
    out.writeFloat(foldInValue);
    StateArrays.writeFloats(out, users);
    StateArrays.writeFloats(out, items);
    StateArrays.writeRows(out, histories);
  }
}

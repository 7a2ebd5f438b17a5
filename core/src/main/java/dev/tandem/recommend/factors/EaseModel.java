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
import java.util.Arrays;

/**
 * A trained {@link Ease}: the dense weights among the kept items and each shopper's history. The
 * profile is the cart, or without one a known shopper's history; items outside the kept set score
 * nothing and are never returned. Immutable and thread-safe.
 */
public final class EaseModel implements PersistentRecommender {
  private final Provenance provenance;
  private final int itemCount;
  private final int[] kept;
  private final float[] weights;
  private final SparseRows histories;
  private final int[] local;

  EaseModel(
      Provenance provenance, int itemCount, int[] kept, float[] weights, SparseRows histories) {
    this.provenance = provenance;
    this.itemCount = itemCount;
    this.kept = kept;
    this.weights = weights;
    this.histories = histories;
    this.local = new int[itemCount];
    Arrays.fill(local, -1);
    for (int a = 0; a < kept.length; a++) {
      local[kept[a]] = a;
    }
  }

  /** Reads what {@link #writeState} wrote; register under {@link Ease#ALGORITHM}. */
  public static PersistentRecommender.Reader reader() {
    return (in, provenance) -> new EaseModel(provenance, in.readInt(), StateArrays.readInts(in),
        StateArrays.readFloats(in), StateArrays.readRows(in));
  }

  @Override
  public Recommendations recommend(Query query, int k) {
    int m = kept.length;
    double[] sums = new double[m];
    boolean any = false;
    for (int item : profile(query)) {
      int a = item >= 0 && item < itemCount ? local[item] : -1;
      if (a < 0) {
        continue;
      }
      any = true;
      for (int b = 0; b < m; b++) {
        sums[b] += weights[a * m + b];
      }
    }
    if (!any) {
      return Recommendations.none();
    }
    float[] scores = new float[itemCount];
    Arrays.fill(scores, Float.NEGATIVE_INFINITY);
    for (int b = 0; b < m; b++) {
      scores[kept[b]] = (float) sums[b];
    }
    return TopK.select(scores, k, query);
  }

  private int[] profile(Query query) {
    int[] cart = query.items();
    if (cart.length > 0 || !query.hasUser() || query.user() >= histories.rowCount()) {
      return cart;
    }
    return Arrays.copyOfRange(histories.columns(), histories.start()[query.user()],
        histories.start()[query.user() + 1]);
  }

  /** The weight of {@code from} in the score of {@code to}; 0 when either was not kept. */
  public float weight(int from, int to) {
    int a = local[from];
    int b = local[to];
    return a < 0 || b < 0 ? 0f : weights[a * kept.length + b];
  }

  public int keptItemCount() {
    return kept.length;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public long sizeInBytes() {
    return 4L * weights.length + 4L * kept.length + 4L * local.length + histories.sizeInBytes();
  }

  @Override
  public void writeState(DataOutput out) throws IOException {
    out.writeInt(itemCount);
    StateArrays.writeInts(out, kept);
    StateArrays.writeFloats(out, weights);
    StateArrays.writeRows(out, histories);
  }
}

package dev.tandem.recommend.neighbours;

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
 * A trained {@link ItemKnn}: each item's best neighbours (item × item rows, best first) and each
 * known shopper's history. The query's cart is the profile; without a cart, a known shopper's
 * history. Only items with a positive score are returned. Immutable and thread-safe.
 */
public final class ItemKnnModel implements PersistentRecommender {
  private final Provenance provenance;
  private final SparseRows neighbours;
  private final SparseRows histories;

  ItemKnnModel(Provenance provenance, SparseRows neighbours, SparseRows histories) {
    this.provenance = provenance;
    this.neighbours = neighbours;
    this.histories = histories;
  }

  /** Reads what {@link #writeState} wrote; register under {@link ItemKnn#ALGORITHM}. */
  public static PersistentRecommender.Reader reader() {
    return (in, provenance) ->
        new ItemKnnModel(provenance, StateArrays.readRows(in), StateArrays.readRows(in));
  }

  @Override
  public Recommendations recommend(Query query, int k) {
    int[] profile = profile(query);
    float[] scores = new float[neighbours.rowCount()];
    int[] start = neighbours.start();
    int[] items = neighbours.columns();
    float[] similarities = neighbours.values();
    for (int item : profile) {
      if (item < 0 || item >= scores.length) {
        continue;
      }
      for (int p = start[item]; p < start[item + 1]; p++) {
        scores[items[p]] += similarities[p];
      }
    }
    return TopK.select(scores, k, query, 0f);
  }

  private int[] profile(Query query) {
    int[] cart = query.items();
    if (cart.length > 0 || !query.hasUser() || query.user() >= histories.rowCount()) {
      return cart;
    }
    return java.util.Arrays.copyOfRange(
        histories.columns(), histories.start()[query.user()], histories.start()[query.user() + 1]);
  }

  /** The stored neighbours of an item, best first (for explanations and tests). */
  public int[] neighboursOf(int item) {
    return java.util.Arrays.copyOfRange(
        neighbours.columns(), neighbours.start()[item], neighbours.start()[item + 1]);
  }

  /** The stored similarity sim(item → other), 0 when other is not among item's neighbours. */
  public float similarity(int item, int other) {
    for (int p = neighbours.start()[item]; p < neighbours.start()[item + 1]; p++) {
      if (neighbours.columns()[p] == other) {
        return neighbours.values()[p];
      }
    }
    return 0f;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public long sizeInBytes() {
    return neighbours.sizeInBytes() + histories.sizeInBytes();
  }

  @Override
  public void writeState(DataOutput out) throws IOException {
    StateArrays.writeRows(out, neighbours);
    StateArrays.writeRows(out, histories);
  }
}

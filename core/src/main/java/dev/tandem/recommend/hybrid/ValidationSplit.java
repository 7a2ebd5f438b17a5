package dev.tandem.recommend.hybrid;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotCut;
import dev.tandem.recommend.Query;
import dev.tandem.shop.EventWeights;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A validation split of a training snapshot: the last {@code fraction} of purchase baskets in time
 * are held out; the fit part is every event before the first held-out basket, rebuilt as a snapshot
 * with the same item indices. Each held-out basket of 2+ items is a basket-completion query (hidden
 * item at position q mod size, the rest as an anonymous cart), at most {@code maxQueries} of them,
 * drawn with the seed when there are more. Public for tuning tools (benchmarks {@code HybridTuning}).
 */
public record ValidationSplit(Snapshot fit, List<Query> queries, int[] hidden) {

  public static ValidationSplit of(
      Snapshot snapshot, double fraction, int maxQueries, EventWeights weights, long seed) {
    int[] baskets = purchaseBasketsInTime(snapshot);
    int firstHeldOut = (int) Math.floor(baskets.length * (1 - fraction));
    long cutoff = firstHeldOut < baskets.length
        ? snapshot.basketTime(baskets[firstHeldOut]) : Long.MAX_VALUE;
    Snapshot fit = SnapshotCut.before(snapshot, cutoff, weights);
    List<Query> queries = new ArrayList<>();
    IntArrayList hidden = new IntArrayList();
    int[] held = Arrays.copyOfRange(baskets, firstHeldOut, baskets.length);
    for (int b : sample(snapshot, held, maxQueries, seed)) {
      int[] items = snapshot.basketItems().row(b);
      int at = queries.size() % items.length;
      int[] cart = new int[items.length - 1];
      for (int p = 0, c = 0; p < items.length; p++) {
        if (p != at) {
          cart[c++] = items[p];
        }
      }
      queries.add(Query.forItems(cart));
      hidden.add(items[at]);
    }
    return new ValidationSplit(fit, queries, hidden.toIntArray());
  }

  private static int[] purchaseBasketsInTime(Snapshot snapshot) {
    IntArrayList baskets = new IntArrayList();
    for (int b = 0; b < snapshot.basketCount(); b++) {
      if (snapshot.basketItems().rowLength(b) > 0) {
        baskets.add(b);
      }
    }
    int[] order = baskets.toIntArray();
    it.unimi.dsi.fastutil.ints.IntArrays.mergeSort(
        order, (a, c) -> Long.compare(snapshot.basketTime(a), snapshot.basketTime(c)));
    return order;
  }

  /** The held-out baskets of 2+ items, in time order; a seeded sample of them when too many. */
  private static int[] sample(Snapshot snapshot, int[] held, int max, long seed) {
    int[] eligible =
        Arrays.stream(held).filter(b -> snapshot.basketItems().rowLength(b) >= 2).toArray();
    if (eligible.length <= max) {
      return eligible;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < max; i++) {
      int j = i + random.nextInt(eligible.length - i);
      int t = eligible[i];
      eligible[i] = eligible[j];
      eligible[j] = t;
    }
    int[] chosen = Arrays.copyOf(eligible, max);
    Arrays.sort(chosen);
    return chosen;
  }
}

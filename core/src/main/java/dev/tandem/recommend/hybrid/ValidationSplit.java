package dev.tandem.recommend.hybrid;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotCut;
import dev.tandem.recommend.Query;
import dev.tandem.shop.EventWeights;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntLinkedOpenHashSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A validation split of a training snapshot: the last {@code fraction} of purchase baskets in time
 * are held out; the fit part is every event before the first held-out basket, rebuilt as a snapshot
 * with the same item indices. The queries ask either to complete a held-out basket ({@link #of})
 * or for a shopper's next purchases ({@link #nextPurchases}), at most {@code maxQueries} of them,
 * drawn with the seed when there are more. Each has one hidden item, and the items that count as
 * right answers ({@code relevant}): the hidden item alone for a basket, every later item for a
 * shopper. Public for tuning tools (benchmarks {@code HybridTuning}).
 */
public record ValidationSplit(Snapshot fit, List<Query> queries, int[] hidden, int[][] relevant) {

  /**
   * Basket completion: each held-out basket of 2+ items is a query, its hidden item at position q
   * mod size, the rest as an anonymous cart.
   */
  public static ValidationSplit of(
      Snapshot snapshot, double fraction, int maxQueries, EventWeights weights, long seed) {
    int[] baskets = purchaseBasketsInTime(snapshot);
    int firstHeldOut = (int) Math.floor(baskets.length * (1 - fraction));
    Snapshot fit = fitPart(snapshot, baskets, firstHeldOut, weights);
    List<Query> queries = new ArrayList<>();
    IntArrayList hidden = new IntArrayList();
    List<int[]> relevant = new ArrayList<>();
    int[] held = Arrays.stream(baskets, firstHeldOut, baskets.length)
        .filter(b -> snapshot.basketItems().rowLength(b) >= 2).toArray();
    for (int b : sample(held, maxQueries, seed)) {
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
      relevant.add(new int[] {items[at]});
    }
    return new ValidationSplit(fit, queries, hidden.toIntArray(), relevant.toArray(int[][]::new));
  }

  /**
   * Next purchases: each shopper who bought in the held-out baskets and before them is a query for
   * that shopper (as the fit part knows them), in the order of their first held-out purchase; the
   * hidden item is the (q mod n)-th of the n distinct items they bought in the held-out baskets, in
   * the order of those baskets (within one, in catalog order).
   */
  public static ValidationSplit nextPurchases(
      Snapshot snapshot, double fraction, int maxQueries, EventWeights weights, long seed) {
    int[] baskets = purchaseBasketsInTime(snapshot);
    int firstHeldOut = (int) Math.floor(baskets.length * (1 - fraction));
    Snapshot fit = fitPart(snapshot, baskets, firstHeldOut, weights);
    Map<Integer, IntLinkedOpenHashSet> bought = new LinkedHashMap<>();
    for (int b : Arrays.copyOfRange(baskets, firstHeldOut, baskets.length)) {
      int user = fitUser(snapshot, fit, b);
      if (user >= 0) {
        bought.computeIfAbsent(user, u -> new IntLinkedOpenHashSet())
            .addAll(IntArrayList.wrap(snapshot.basketItems().row(b)));
      }
    }
    int[] users = bought.keySet().stream().mapToInt(Integer::intValue).toArray();
    List<Query> queries = new ArrayList<>();
    IntArrayList hidden = new IntArrayList();
    List<int[]> relevant = new ArrayList<>();
    for (int position : sample(IntStream.range(0, users.length).toArray(), maxQueries, seed)) {
      int[] items = bought.get(users[position]).toIntArray();
      hidden.add(items[queries.size() % items.length]);
      relevant.add(items);
      queries.add(Query.forUser(users[position]));
    }
    return new ValidationSplit(fit, queries, hidden.toIntArray(), relevant.toArray(int[][]::new));
  }

  /** The fit part's index of the basket's shopper; -1 for a guest or one it knows nothing of. */
  private static int fitUser(Snapshot snapshot, Snapshot fit, int basket) {
    int user = snapshot.basketUser(basket);
    if (user < 0) {
      return -1;
    }
    int known = fit.users().indexOf(snapshot.users().idOf(user));
    return known >= 0 && known < fit.userCount() && fit.userItems().rowLength(known) > 0
        ? known : -1;
  }

  private static Snapshot fitPart(
      Snapshot snapshot, int[] baskets, int firstHeldOut, EventWeights weights) {
    long cutoff = firstHeldOut < baskets.length
        ? snapshot.basketTime(baskets[firstHeldOut]) : Long.MAX_VALUE;
    return SnapshotCut.before(snapshot, cutoff, weights);
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

  /** The values as they are, or a seeded sample of {@code max} of them in ascending order. */
  private static int[] sample(int[] held, int max, long seed) {
    if (held.length <= max) {
      return held;
    }
    int[] eligible = held.clone();
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

package dev.tandem.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Bundle suggestions from mined itemsets: sets of 2–4 items bought together far more often than
 * chance, with their combined price; and slow movers to pair with best sellers.
 */
public final class Bundles {
  private Bundles() {}

  /**
   * Itemsets of {@code minItems..maxItems} items with lift at least {@code minLift}, highest lift
   * first (then most orders), at most {@code limit}. Prices come from {@code price} (NaN unknown).
   */
  public static List<Bundle> suggest(
      FrequentItemsets itemsets, IntToDoubleFunction price, BundleParameters parameters) {
    List<Bundle> bundles = new ArrayList<>();
    FrequentItemsets.Trie trie = itemsets.trie();
    for (int j = 0; j < trie.size(); j++) {
      int length = FrequentItemsets.length(trie, j);
      if (length < parameters.minItems() || length > parameters.maxItems()) {
        continue;
      }
      int[] ranks = itemsets.ranks(j);
      int[] items = new int[length];
      double combined = 0;
      for (int k = 0; k < length; k++) {
        items[k] = itemsets.itemOfRank(ranks[k]);
        combined += price.applyAsDouble(items[k]);
      }
      double lift = weakestLift(itemsets, items, trie.count()[j]);
      if (lift >= parameters.minLift()) {
        Arrays.sort(items);
        bundles.add(new Bundle(items, trie.count()[j], lift, combined));
      }
    }
    bundles.sort(Comparator.comparingDouble((Bundle b) -> -b.lift())
        .thenComparingInt(b -> -b.coPurchaseCount())
        .thenComparing(Bundle::items, Arrays::compare));
    return List.copyOf(bundles.subList(0, Math.min(parameters.limit(), bundles.size())));
  }

  /**
   * The lift of the item that adds least to the set: the minimum over its items i of support(set) /
   * (support(i) × support(set without i)). For a pair this is the usual lift; for a larger set it
   * is high only when every item belongs (a strong pair plus an unrelated best seller scores as
   * low as the best seller's own link). NaN when a subset was not mined (a truncated run).
   */
  static double weakestLift(FrequentItemsets itemsets, int[] items, int count) {
    double n = itemsets.transactionCount();
    double weakest = Double.POSITIVE_INFINITY;
    int[] rest = new int[items.length - 1];
    for (int k = 0; k < items.length; k++) {
      for (int i = 0, r = 0; i < items.length; i++) {
        if (i != k) {
          rest[r++] = items[i];
        }
      }
      int restCount = itemsets.countOf(rest);
      if (restCount <= 0) {
        return Double.NaN;
      }
      double lift = count * n / ((double) itemsets.itemSupportCount(items[k]) * restCount);
      weakest = Math.min(weakest, lift);
    }
    return weakest;
  }

  /**
   * For each slow mover that a best seller's shoppers buy with lift at least {@code minLift}, its
   * best pairing (highest lift, then most orders); highest lift first, at most {@code limit}.
   * Best sellers are the {@code bestSellers} items in most orders (ties: lower id); slow movers the
   * items sold in at most as many orders as the {@code slowMoverShare} quantile of sold items.
   * Only pairs that reached the minimum support were mined, so only those can be suggested.
   */
  public static List<SlowMoverPairing> slowMoverPairings(
      FrequentItemsets itemsets, int itemCount, BundleParameters parameters) {
    int[] sold = soldItemsByCount(itemsets, itemCount);
    if (sold.length == 0) {
      return List.of();
    }
    boolean[] best = new boolean[itemCount];
    for (int k = 0; k < Math.min(parameters.bestSellers(), sold.length); k++) {
      best[sold[k]] = true;
    }
    int quantile = (int) Math.floor((sold.length - 1) * (1 - parameters.slowMoverShare()));
    int slowThreshold = itemsets.itemSupportCount(sold[quantile]);
    SlowMoverPairing[] bestPairing = new SlowMoverPairing[itemCount];
    FrequentItemsets.Trie trie = itemsets.trie();
    int n = itemsets.transactionCount();
    for (int j = 0; j < trie.size(); j++) {
      int parent = trie.parent()[j];
      if (parent < 0 || trie.parent()[parent] >= 0) {
        continue;
      }
      int a = itemsets.itemOfRank(trie.rank()[j]);
      int b = itemsets.itemOfRank(trie.rank()[parent]);
      for (int swap = 0; swap < 2; swap++) {
        int slow = swap == 0 ? a : b;
        int seller = swap == 0 ? b : a;
        int slowCount = itemsets.itemSupportCount(slow);
        if (!best[seller] || best[slow] || slowCount > slowThreshold) {
          continue;
        }
        int sellerCount = itemsets.itemSupportCount(seller);
        double lift = (double) trie.count()[j] * n / ((double) slowCount * sellerCount);
        SlowMoverPairing pairing =
            new SlowMoverPairing(slow, seller, trie.count()[j], slowCount, sellerCount, lift, n);
        if (lift >= parameters.minLift()
            && (bestPairing[slow] == null || ORDER.compare(pairing, bestPairing[slow]) < 0)) {
          bestPairing[slow] = pairing;
        }
      }
    }
    List<SlowMoverPairing> out = new ArrayList<>();
    for (SlowMoverPairing pairing : bestPairing) {
      if (pairing != null) {
        out.add(pairing);
      }
    }
    out.sort(ORDER);
    return List.copyOf(out.subList(0, Math.min(parameters.limit(), out.size())));
  }

  private static final Comparator<SlowMoverPairing> ORDER =
      Comparator.comparingDouble((SlowMoverPairing p) -> -p.lift())
          .thenComparingInt(p -> -p.pairCount())
          .thenComparingInt(SlowMoverPairing::slowMover)
          .thenComparingInt(SlowMoverPairing::bestSeller);

  /** Items sold at least once, most orders first, ties by lower id. */
  private static int[] soldItemsByCount(FrequentItemsets itemsets, int itemCount) {
    return java.util.stream.IntStream.range(0, itemCount)
        .filter(i -> itemsets.itemSupportCount(i) > 0)
        .boxed()
        .sorted(Comparator.comparingInt((Integer i) -> -itemsets.itemSupportCount(i))
            .thenComparingInt(i -> i))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}

package dev.tandem.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** Reference answers by enumerating every subset of a small item universe. */
final class BruteForce {
  private BruteForce() {}

  /** Random transactions over {@code items} items, each item present with probability density. */
  static int[][] randomTransactions(long seed, int transactions, int items, double density) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] out = new int[transactions][];
    for (int t = 0; t < transactions; t++) {
      List<Integer> basket = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        // skewed: low ids are more frequent, as in real shops
        double p = density * (1.6 - 1.2 * i / Math.max(1.0, items - 1.0));
        if (random.nextDouble() < p) {
          basket.add(i);
        }
      }
      out[t] = basket.stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  /** Every itemset (as a bitmask over item ids) with count >= minCount and length <= maxLength. */
  static TreeMap<Long, Integer> frequent(int[][] transactions, int items, int minCount,
      int maxLength) {
    long[] masks = new long[transactions.length];
    for (int t = 0; t < transactions.length; t++) {
      for (int item : transactions[t]) {
        masks[t] |= 1L << item;
      }
    }
    TreeMap<Long, Integer> out = new TreeMap<>();
    for (long set = 1; set < (1L << items); set++) {
      if (Long.bitCount(set) > maxLength) {
        continue;
      }
      int count = 0;
      for (long mask : masks) {
        count += (mask & set) == set ? 1 : 0;
      }
      if (count >= minCount) {
        out.put(set, count);
      }
    }
    return out;
  }

  /** Closed (no superset with equal count) or maximal (no superset) among {@code frequent}. */
  static TreeMap<Long, Integer> filter(TreeMap<Long, Integer> frequent, ItemsetKind kind) {
    TreeMap<Long, Integer> out = new TreeMap<>();
    for (var entry : frequent.entrySet()) {
      boolean keep = true;
      for (var other : frequent.entrySet()) {
        long a = entry.getKey();
        long b = other.getKey();
        if (a != b && (a & b) == a) {
          if (kind == ItemsetKind.MAXIMAL || other.getValue().equals(entry.getValue())) {
            keep = false;
            break;
          }
        }
      }
      if (keep) {
        out.put(entry.getKey(), entry.getValue());
      }
    }
    return out;
  }

  static long mask(int[] items) {
    long mask = 0;
    for (int item : items) {
      mask |= 1L << item;
    }
    return mask;
  }

  /** The miner's output as bitmask → count, failing on a repeated itemset. */
  static TreeMap<Long, Integer> asMap(FrequentItemsets itemsets) {
    TreeMap<Long, Integer> out = new TreeMap<>();
    for (int i = 0; i < itemsets.size(); i++) {
      Integer previous = out.put(mask(itemsets.items(i)), itemsets.count(i));
      if (previous != null) {
        throw new AssertionError("itemset reported twice: " + java.util.Arrays.toString(
            itemsets.items(i)));
      }
    }
    return out;
  }
}

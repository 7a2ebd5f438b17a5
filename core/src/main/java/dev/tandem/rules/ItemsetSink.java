package dev.tandem.rules;

import java.util.Arrays;

/**
 * One worker's found itemsets as a prefix trie: itemset j is itemset {@code parent[j]} (−1 = the
 * empty set) plus the item of rank {@code rank[j]}, which is smaller than every rank of its parent.
 * 12 bytes an itemset whatever its length. Asks the budget for itemsets in batches.
 */
final class ItemsetSink {
  private static final int GRANT = 1024;
  /** Per itemset: three ints here, and three more when the result is assembled. */
  static final int BYTES_PER_ITEMSET = 2 * 3 * Integer.BYTES;

  private final MiningBudget budget;
  int[] parent = new int[0];
  int[] rank = new int[0];
  int[] count = new int[0];
  int size;
  private int granted;
  private long reservedBytes;

  ItemsetSink(MiningBudget budget) {
    this.budget = budget;
  }

  /** Adds an itemset and returns its index, or −1 when a bound stops the run. */
  int emit(int parentIndex, int itemRank, int itemsetCount) {
    if (granted == 0 && !refill()) {
      return -1;
    }
    if (size == parent.length && !grow()) {
      return -1;
    }
    granted--;
    parent[size] = parentIndex;
    rank[size] = itemRank;
    count[size] = itemsetCount;
    return size++;
  }

  private boolean refill() {
    if (!budget.checkTime()) {
      return false;
    }
    granted = budget.grantItemsets(GRANT);
    return granted > 0;
  }

  private boolean grow() {
    if (budget.stopped()) {
      return false;
    }
    // double while the budget allows, then grow by an eighth so the budget is used, not halved
    int capacity = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1024, parent.length * 2L));
    long bytes = (long) BYTES_PER_ITEMSET * (capacity - parent.length);
    boolean reserved = capacity > parent.length && budget.tryReserve(bytes);
    if (!reserved) {
      capacity = (int) Math.min(Integer.MAX_VALUE - 16, parent.length + parent.length / 8L);
      bytes = (long) BYTES_PER_ITEMSET * (capacity - parent.length);
      reserved = capacity > parent.length && budget.tryReserve(bytes);
    }
    if (!reserved) {
      budget.stop(Truncation.MEMORY_BUDGET);
      return false;
    }
    reservedBytes += bytes;
    parent = Arrays.copyOf(parent, capacity);
    rank = Arrays.copyOf(rank, capacity);
    count = Arrays.copyOf(count, capacity);
    return true;
  }

  void release() {
    budget.release(reservedBytes);
    reservedBytes = 0;
  }
}

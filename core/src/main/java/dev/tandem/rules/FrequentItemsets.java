package dev.tandem.rules;

import java.util.Arrays;

/**
 * The result of mining: frequent itemsets with their counts, and why mining stopped if it stopped
 * early ({@link #truncation()}).
 *
 * <p>Stored as a prefix trie, 12 bytes an itemset: itemset j is its parent itemset plus one item
 * of lower frequency rank. {@link #size()} and the index-based accessors list the itemsets of the
 * requested {@link ItemsetKind}; {@link #countOf(int...)} looks up any mined itemset, closed or
 * not. Immutable; the accessors are safe from several threads.
 */
public final class FrequentItemsets {
  /** The mined itemsets as parallel arrays; see the class comment. */
  record Trie(int[] parent, int[] rank, int[] count) {
    int size() {
      return parent.length;
    }
  }

  private final Trie trie;
  private final ItemsetKind kind;
  private final Truncation truncation;
  private final int transactionCount;
  private final int minCount;
  private final int[] rankToItem;
  private final int[] itemToRank;
  private final int[] itemSupport;
  private final long peakEstimatedBytes;
  /** The reported itemsets' trie indices, or null when every mined itemset is reported. */
  private final int[] selected;
  /** Children of each trie node, built on first lookup; see {@link #childIndex()}. */
  private volatile ChildIndex childIndex;

  /** Children of node p (−1 = the empty set) are children[offsets[p + 1] .. offsets[p + 2]). */
  private record ChildIndex(int[] offsets, int[] children) {}

  private FrequentItemsets(
      Trie trie, ItemsetKind kind, Truncation truncation, int transactionCount, int minCount,
      int[] rankToItem, int[] itemSupport, long peakEstimatedBytes) {
    this.trie = trie;
    this.kind = kind;
    this.truncation = truncation;
    this.transactionCount = transactionCount;
    this.minCount = minCount;
    this.rankToItem = rankToItem;
    this.itemSupport = itemSupport;
    this.peakEstimatedBytes = peakEstimatedBytes;
    this.itemToRank = new int[itemSupport.length];
    Arrays.fill(itemToRank, -1);
    for (int r = 0; r < rankToItem.length; r++) {
      itemToRank[rankToItem[r]] = r;
    }
    this.selected = kind == ItemsetKind.ALL ? null : select(kind);
  }

  static FrequentItemsets of(
      Trie trie, ItemsetKind kind, Truncation truncation, int transactionCount, int minCount,
      int[] rankToItem, int[] itemSupport, long peakEstimatedBytes) {
    return new FrequentItemsets(
        trie, kind, truncation, transactionCount, minCount, rankToItem, itemSupport,
        peakEstimatedBytes);
  }

  /** Number of itemsets of the requested kind. */
  public int size() {
    return selected == null ? trie.size() : selected.length;
  }

  /** Number of frequent itemsets mined, closed or not. */
  public int minedCount() {
    return trie.size();
  }

  public ItemsetKind kind() {
    return kind;
  }

  /** Why mining stopped early, or {@link Truncation#NONE}. */
  public Truncation truncation() {
    return truncation;
  }

  public boolean truncated() {
    return truncation.truncated();
  }

  /** "complete", or "truncated: time budget reached" and so on. */
  public String status() {
    return truncated() ? "truncated: " + truncation.reason() : truncation.reason();
  }

  /** The largest memory estimate reached while mining, in bytes. */
  public long peakEstimatedBytes() {
    return peakEstimatedBytes;
  }

  public int transactionCount() {
    return transactionCount;
  }

  /** The absolute minimum support that was used. */
  public int minCount() {
    return minCount;
  }

  /** Number of transactions holding {@code item}, frequent or not (0 for an unknown id). */
  public int itemSupportCount(int item) {
    return item >= 0 && item < itemSupport.length ? itemSupport[item] : 0;
  }

  /** Item ids that reached the minimum support, most frequent first. */
  public int[] frequentItems() {
    return rankToItem.clone();
  }

  /** The items of itemset {@code i}, ascending ids. */
  public int[] items(int i) {
    int[] items = ranks(index(i));
    for (int k = 0; k < items.length; k++) {
      items[k] = rankToItem[items[k]];
    }
    Arrays.sort(items);
    return items;
  }

  public int length(int i) {
    return length(trie, index(i));
  }

  /** Number of transactions holding itemset {@code i}. */
  public int count(int i) {
    return trie.count[index(i)];
  }

  /** Fraction of transactions holding itemset {@code i}. */
  public double support(int i) {
    return (double) count(i) / transactionCount;
  }

  /**
   * The count of the given items (any order) if they form a mined itemset, else −1 (not frequent,
   * or not reached before a bound stopped mining). The empty set holds in every transaction.
   */
  public int countOf(int... items) {
    if (items.length == 0) {
      return transactionCount;
    }
    int[] ranks = new int[items.length];
    for (int k = 0; k < items.length; k++) {
      int item = items[k];
      if (item < 0 || item >= itemToRank.length || itemToRank[item] < 0) {
        return -1;
      }
      ranks[k] = itemToRank[item];
    }
    Arrays.sort(ranks);
    int node = -1;
    for (int k = ranks.length - 1; k >= 0; k--) {
      if (k < ranks.length - 1 && ranks[k] == ranks[k + 1]) {
        continue;
      }
      node = child(node, ranks[k]);
      if (node < 0) {
        return -1;
      }
    }
    return trie.count[node];
  }

  // ---- package-private views for rules and bundles ----

  Trie trie() {
    return trie;
  }

  int itemOfRank(int rank) {
    return rankToItem[rank];
  }

  /** Trie index of the i-th reported itemset. */
  int index(int i) {
    return selected == null ? i : selected[i];
  }

  /** The ranks of trie itemset j, ascending (its chain read upwards). */
  int[] ranks(int j) {
    int[] ranks = new int[length(trie, j)];
    for (int k = 0, node = j; node >= 0; node = trie.parent[node]) {
      ranks[k++] = trie.rank[node];
    }
    return ranks;
  }

  static int length(Trie trie, int j) {
    int length = 0;
    for (int node = j; node >= 0; node = trie.parent[node]) {
      length++;
    }
    return length;
  }

  /**
   * The children of every trie node, in index order, which is descending rank order: FP-Growth
   * emits the extensions of an itemset by descending rank.
   */
  private ChildIndex childIndex() {
    ChildIndex index = childIndex;
    if (index == null) {
      synchronized (this) {
        index = childIndex;
        if (index == null) {
          int n = trie.size();
          int[] offsets = new int[n + 2];
          int[] children = new int[n];
          for (int j = 0; j < n; j++) {
            offsets[trie.parent[j] + 2]++;
          }
          for (int i = 1; i < offsets.length; i++) {
            offsets[i] += offsets[i - 1];
          }
          int[] fill = Arrays.copyOf(offsets, n + 1);
          for (int j = 0; j < n; j++) {
            children[fill[trie.parent[j] + 1]++] = j;
          }
          index = new ChildIndex(offsets, children);
          childIndex = index;
        }
      }
    }
    return index;
  }

  /** The child of trie node {@code node} (−1 = empty set) with {@code rank}, or −1. */
  int child(int node, int rank) {
    ChildIndex index = childIndex();
    int[] children = index.children();
    int low = index.offsets()[node + 1];
    int high = index.offsets()[node + 2] - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int r = trie.rank[children[mid]];
      if (r == rank) {
        return children[mid];
      } else if (r > rank) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return -1;
  }

  /**
   * Trie index of the itemset of the ranks {@code ascending[0 .. length)} except position {@code
   * skip}, starting from {@code from}, the trie node of {@code ascending[skip + 1 .. length)} (−1
   * when that is empty). −1 when it was not mined.
   */
  int withoutPosition(int[] ascending, int skip, int from) {
    int node = from;
    for (int k = skip - 1; k >= 0 && node >= -1; k--) {
      node = child(node, ascending[k]);
      if (node < 0) {
        return -1;
      }
    }
    return node;
  }

  /** Closed or maximal itemsets: judged by the mined supersets that have one more item. */
  private int[] select(ItemsetKind wanted) {
    int n = trie.size();
    boolean[] excluded = new boolean[n];
    int[] chain = new int[64];
    int[] ascending = new int[64];
    for (int j = 0; j < n; j++) {
      int length = 0;
      for (int node = j; node >= 0; node = trie.parent[node]) {
        if (length == chain.length) {
          chain = Arrays.copyOf(chain, length * 2);
          ascending = Arrays.copyOf(ascending, length * 2);
        }
        chain[length] = node;
        ascending[length++] = trie.rank[node];
      }
      if (length < 2) {
        continue;
      }
      for (int skip = 0; skip < length; skip++) {
        int from = skip + 1 < length ? chain[skip + 1] : -1;
        int subset = skip == 0 ? chain[1] : withoutPosition(ascending, skip, from);
        if (subset >= 0 && (wanted == ItemsetKind.MAXIMAL || trie.count[subset] == trie.count[j])) {
          excluded[subset] = true;
        }
      }
    }
    int kept = 0;
    for (boolean e : excluded) {
      kept += e ? 0 : 1;
    }
    int[] selection = new int[kept];
    for (int j = 0, k = 0; j < n; j++) {
      if (!excluded[j]) {
        selection[k++] = j;
      }
    }
    return selection;
  }
}

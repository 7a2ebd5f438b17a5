package dev.tandem.rules;

import java.util.Arrays;

/**
 * An FP-tree in parallel int arrays. Node 0 is the root. Items are global frequency ranks (0 = most
 * frequent); every path from the root has ascending ranks. Nodes of one rank are chained from
 * {@code head[rank]} through {@code nodeLink}. Reused: {@link #reset} clears only what was used.
 */
final class FpTree {
  private static final int BYTES_PER_NODE = 6 * Integer.BYTES;

  int[] item;
  int[] count;
  int[] parent;
  int[] firstChild;
  int[] nextSibling;
  int[] nodeLink;
  int size;
  final int[] head;
  final int[] itemCount;
  /** Ranks present in this tree, descending. */
  int[] present = new int[0];

  int presentCount;
  /** True once some node has two children: false means the tree is a single path. */
  boolean branched;

  private final MiningBudget budget;
  private long reservedBytes;

  FpTree(int rankCount, MiningBudget budget) {
    this.budget = budget;
    this.head = new int[rankCount];
    this.itemCount = new int[rankCount];
    Arrays.fill(head, -1);
    this.item = new int[0];
    this.count = item;
    this.parent = item;
    this.firstChild = item;
    this.nextSibling = item;
    this.nodeLink = item;
  }

  /** Bytes this tree's fixed per-rank arrays hold. */
  static long fixedBytes(int rankCount) {
    return 2L * Integer.BYTES * rankCount;
  }

  /**
   * Empties the tree and makes room for {@code nodes} nodes (root included); false when the memory
   * budget would be passed.
   */
  boolean reset(long nodes) {
    for (int i = 0; i < presentCount; i++) {
      head[present[i]] = -1;
      itemCount[present[i]] = 0;
    }
    presentCount = 0;
    if (nodes > item.length) {
      if (nodes > Integer.MAX_VALUE - 16) {
        budget.stop(Truncation.MEMORY_BUDGET);
        return false;
      }
      int capacity = (int) Math.max(nodes, Math.min(Integer.MAX_VALUE - 16, item.length * 3L / 2));
      long bytes = (long) BYTES_PER_NODE * (capacity - item.length);
      if (!budget.reserve(bytes)) {
        return false;
      }
      reservedBytes += bytes;
      item = new int[capacity];
      count = new int[capacity];
      parent = new int[capacity];
      firstChild = new int[capacity];
      nextSibling = new int[capacity];
      nodeLink = new int[capacity];
    }
    size = 1;
    item[0] = -1;
    count[0] = 0;
    parent[0] = -1;
    firstChild[0] = -1;
    nextSibling[0] = -1;
    branched = false;
    return true;
  }

  /** Sets the ranks present (descending) from {@code ranks[0 .. n)}. */
  void setPresent(int[] ranks, int n) {
    if (present.length < n) {
      present = new int[Math.max(n, present.length * 2)];
    }
    System.arraycopy(ranks, 0, present, 0, n);
    presentCount = n;
  }

  /** Inserts {@code path[from .. to)} (ascending ranks) with weight {@code weight}. */
  void insert(int[] path, int from, int to, int weight) {
    int node = 0;
    for (int i = from; i < to; i++) {
      node = child(node, path[i]);
      count[node] += weight;
      itemCount[path[i]] += weight;
    }
  }

  /** Inserts {@code path[0 .. length)} read backwards (it holds descending ranks). */
  void insertReversed(int[] path, int length, int weight) {
    int node = 0;
    for (int i = length - 1; i >= 0; i--) {
      node = child(node, path[i]);
      count[node] += weight;
      itemCount[path[i]] += weight;
    }
  }

  private int child(int node, int rank) {
    int child = firstChild[node];
    while (child >= 0 && item[child] != rank) {
      child = nextSibling[child];
    }
    if (child >= 0) {
      return child;
    }
    child = size++;
    item[child] = rank;
    count[child] = 0;
    parent[child] = node;
    firstChild[child] = -1;
    if (firstChild[node] >= 0) {
      branched = true;
    }
    nextSibling[child] = firstChild[node];
    firstChild[node] = child;
    nodeLink[child] = head[rank];
    head[rank] = child;
    return child;
  }

  /** Gives back the node arrays' bytes to the budget. */
  void release() {
    budget.release(reservedBytes);
    reservedBytes = 0;
  }
}

package dev.tandem.rules;

import java.util.Arrays;

/**
 * An FP-tree in parallel int arrays. Node 0 is the root. Items are global frequency ranks (0 = most
 * frequent); every path from the root has ascending ranks. Nodes of one rank are chained from
 * {@code head[rank]} through {@code nodeLink}. A node's parent and item sit side by side in {@code
 * up} (parent at 2n, item at 2n+1), so a walk to the root reads one cache line a step. Reused:
 * {@link #reset} clears only what was used.
 */
final class FpTree {
  private static final int BYTES_PER_NODE = 6 * Integer.BYTES;

  /** Parent at 2n, item rank at 2n + 1. */
  int[] up;

  int[] count;
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
    this.up = new int[0];
    this.count = up;
    this.firstChild = up;
    this.nextSibling = up;
    this.nodeLink = up;
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
    if (nodes > count.length) {
      if (nodes > Integer.MAX_VALUE / 2 - 16) {
        budget.stop(Truncation.MEMORY_BUDGET);
        return false;
      }
      int capacity =
          (int) Math.max(nodes, Math.min(Integer.MAX_VALUE / 2 - 16, count.length * 3L / 2));
      long bytes = (long) BYTES_PER_NODE * (capacity - count.length);
      if (!budget.reserve(bytes)) {
        return false;
      }
      reservedBytes += bytes;
      up = new int[2 * capacity];
      count = new int[capacity];
      firstChild = new int[capacity];
      nextSibling = new int[capacity];
      nodeLink = new int[capacity];
    }
    size = 1;
    up[0] = -1;
    up[1] = -1;
    count[0] = 0;
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
    while (child >= 0 && up[2 * child + 1] != rank) {
      child = nextSibling[child];
    }
    if (child >= 0) {
      return child;
    }
    child = size++;
    up[2 * child] = node;
    up[2 * child + 1] = rank;
    count[child] = 0;
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

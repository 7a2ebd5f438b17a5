package dev.tandem.rules;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * FP-Growth (Han, Pei &amp; Yin, 2000) on primitive arrays, bounded in time, memory and output.
 *
 * <p>Items are ranked by descending support once; every tree, the first and the conditional ones,
 * keeps that global order, so an itemset grows by items of ever smaller rank and is stored as its
 * prefix plus one item (see {@link FrequentItemsets}). The conditional trees of the first tree's
 * items are independent and are mined by {@code threads} workers, biggest first; a worker reuses
 * one tree per recursion depth. A conditional tree that is a single path is enumerated without
 * further trees. Results are assembled in a fixed order, so they do not depend on the threads'
 * timing unless a budget cuts the run short.
 */
public final class FpGrowth {
  private FpGrowth() {}

  /** Mines the frequent itemsets of {@code transactions} within the bounds of {@code parameters}. */
  public static FrequentItemsets mine(Transactions transactions, MiningParameters parameters) {
    MiningBudget budget = new MiningBudget(parameters);
    int minCount = parameters.minCount(transactions.size());
    int[] itemSupport = countItems(transactions);
    int[] rankToItem = frequentItemsByRank(itemSupport, minCount);
    int ranks = rankToItem.length;
    int[] itemToRank = new int[itemSupport.length];
    java.util.Arrays.fill(itemToRank, -1);
    for (int r = 0; r < ranks; r++) {
      itemToRank[rankToItem[r]] = r;
    }
    Run run = new Run(parameters, budget, minCount, ranks);
    FpTree top = run.firstTree(transactions, itemToRank);
    if (top != null) {
      run.mineAll(top);
      top.release();
    }
    FrequentItemsets.Trie trie = run.assemble();
    return FrequentItemsets.of(
        trie, parameters.kind(), budget.truncation(), transactions.size(), minCount, rankToItem,
        itemSupport, budget.peakMemoryBytes());
  }

  static int[] countItems(Transactions transactions) {
    int[] support = new int[transactions.itemCount()];
    for (int p = 0, n = transactions.totalItems(); p < n; p++) {
      support[transactions.itemAt(p)]++;
    }
    return support;
  }

  /** Items with at least {@code minCount} support, most frequent first, ties by item id. */
  static int[] frequentItemsByRank(int[] itemSupport, int minCount) {
    int n = 0;
    for (int s : itemSupport) {
      n += s >= minCount ? 1 : 0;
    }
    int[] items = new int[n];
    for (int i = 0, k = 0; i < itemSupport.length; i++) {
      if (itemSupport[i] >= minCount) {
        items[k++] = i;
      }
    }
    IntArrays.stableSort(items, (a, b) -> Integer.compare(itemSupport[b], itemSupport[a]));
    return items;
  }

  /** The state of one run: parameters, budget and the workers' outputs. */
  private static final class Run {
    final MiningParameters parameters;
    final MiningBudget budget;
    final int minCount;
    final int ranks;
    /** For each top-level rank, which worker mined it and where its itemsets lie. */
    final int[] chunkWorker;
    final int[] chunkStart;
    final int[] chunkEnd;
    Worker[] workers = new Worker[0];

    Run(MiningParameters parameters, MiningBudget budget, int minCount, int ranks) {
      this.parameters = parameters;
      this.budget = budget;
      this.minCount = minCount;
      this.ranks = ranks;
      this.chunkWorker = new int[ranks + 1];
      this.chunkStart = new int[ranks + 1];
      this.chunkEnd = new int[ranks + 1];
    }

    /** The FP-tree of all transactions, or null when a bound stops the run first. */
    FpTree firstTree(Transactions transactions, int[] itemToRank) {
      int total = 0;
      for (int p = 0, n = transactions.totalItems(); p < n; p++) {
        total += itemToRank[transactions.itemAt(p)] >= 0 ? 1 : 0;
      }
      int count = transactions.size();
      long scratch = 4L * total + 8L * (count + 1) + FpTree.fixedBytes(ranks);
      if (!budget.checkTime() || !budget.reserve(scratch)) {
        return null;
      }
      int[] flat = new int[total];
      int[] offsets = new int[count + 1];
      for (int t = 0, k = 0; t < count; t++) {
        int start = k;
        for (int p = transactions.start(t); p < transactions.end(t); p++) {
          int rank = itemToRank[transactions.itemAt(p)];
          if (rank >= 0) {
            flat[k++] = rank;
          }
        }
        IntArrays.quickSort(flat, start, k);
        offsets[t + 1] = k;
      }
      int[] order = new int[count];
      for (int t = 0; t < count; t++) {
        order[t] = t;
      }
      // lexicographic order makes each insertion find its child first in the sibling list
      IntArrays.quickSort(order, (a, b) -> compareRows(flat, offsets, a, b));
      FpTree tree = new FpTree(ranks, budget);
      if (!tree.reset(total + 1L)) {
        budget.release(scratch);
        return null;
      }
      for (int t : order) {
        tree.insert(flat, offsets[t], offsets[t + 1], 1);
      }
      int[] present = new int[ranks];
      for (int r = 0; r < ranks; r++) {
        present[r] = ranks - 1 - r;
      }
      tree.setPresent(present, ranks);
      budget.release(4L * total + 8L * (count + 1));
      return tree;
    }

    private static int compareRows(int[] flat, int[] offsets, int a, int b) {
      int i = offsets[a];
      int j = offsets[b];
      int endA = offsets[a + 1];
      int endB = offsets[b + 1];
      for (; i < endA && j < endB; i++, j++) {
        if (flat[i] != flat[j]) {
          return Integer.compare(flat[i], flat[j]);
        }
      }
      return Integer.compare(endA - offsets[a], endB - offsets[b]);
    }

    void mineAll(FpTree top) {
      int threads = Math.min(parameters.threads(), Math.max(1, ranks));
      workers = new Worker[threads];
      for (int w = 0; w < threads; w++) {
        workers[w] = new Worker(this, w);
      }
      if (!top.branched) {
        // one path: no conditional trees to share out
        int start = workers[0].sink.size;
        workers[0].singlePath(top, 0, -1);
        recordChunk(ranks, 0, start, workers[0].sink.size);
      } else if (threads == 1) {
        workers[0].mineTopLevel(top, new AtomicInteger());
      } else {
        runInParallel(top);
      }
      for (Worker worker : workers) {
        worker.releaseTrees();
      }
    }

    private void runInParallel(FpTree top) {
      AtomicInteger next = new AtomicInteger();
      Thread[] threads = new Thread[workers.length - 1];
      Throwable[] failures = new Throwable[workers.length];
      for (int w = 1; w < workers.length; w++) {
        Worker worker = workers[w];
        int slot = w;
        threads[w - 1] =
            new Thread(
                () -> {
                  try {
                    worker.mineTopLevel(top, next);
                  } catch (Throwable e) {
                    failures[slot] = e;
                    budget.stop(Truncation.MEMORY_BUDGET);
                  }
                },
                "tandem-fpgrowth-" + w);
        threads[w - 1].setDaemon(true);
        threads[w - 1].start();
      }
      try {
        workers[0].mineTopLevel(top, next);
      } finally {
        for (Thread thread : threads) {
          joinUninterruptibly(thread);
        }
      }
      for (Throwable failure : failures) {
        if (failure instanceof RuntimeException e) {
          throw e;
        } else if (failure instanceof Error e) {
          throw e;
        }
      }
    }

    private static void joinUninterruptibly(Thread thread) {
      boolean interrupted = false;
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    void recordChunk(int slot, int worker, int start, int end) {
      chunkWorker[slot] = worker;
      chunkStart[slot] = start;
      chunkEnd[slot] = end;
    }

    /** Concatenates the workers' chunks, highest top-level rank first. */
    FrequentItemsets.Trie assemble() {
      long total = 0;
      for (int slot = 0; slot <= ranks; slot++) {
        total += chunkEnd[slot] - chunkStart[slot];
      }
      int n = (int) total;
      int[] parent = new int[n];
      int[] rank = new int[n];
      int[] count = new int[n];
      int at = 0;
      for (int slot = ranks; slot >= 0; slot--) {
        int length = chunkEnd[slot] - chunkStart[slot];
        if (length == 0) {
          continue;
        }
        ItemsetSink sink = workers[chunkWorker[slot]].sink;
        int start = chunkStart[slot];
        System.arraycopy(sink.rank, start, rank, at, length);
        System.arraycopy(sink.count, start, count, at, length);
        int shift = at - start;
        for (int i = 0; i < length; i++) {
          int p = sink.parent[start + i];
          parent[at + i] = p < 0 ? -1 : p + shift;
        }
        at += length;
      }
      for (Worker worker : workers) {
        worker.sink.release();
      }
      return new FrequentItemsets.Trie(parent, rank, count);
    }
  }

  /** Mines the conditional trees of the top-level ranks it takes, depth first. */
  private static final class Worker {
    final Run run;
    final int id;
    final ItemsetSink sink;
    final MiningBudget budget;
    final int minCount;
    final int maxLength;
    final int[] support;
    final int[] touched;
    final int[] kept;
    final int[] path;
    final int[] pathCounts;
    FpTree[] trees = new FpTree[4];

    Worker(Run run, int id) {
      this.run = run;
      this.id = id;
      this.budget = run.budget;
      this.sink = new ItemsetSink(budget);
      this.minCount = run.minCount;
      this.maxLength = run.parameters.maxLength();
      this.support = new int[run.ranks];
      this.touched = new int[run.ranks];
      this.kept = new int[run.ranks];
      this.path = new int[run.ranks];
      this.pathCounts = new int[run.ranks];
    }

    void mineTopLevel(FpTree top, AtomicInteger next) {
      for (int task = next.getAndIncrement(); task < run.ranks; task = next.getAndIncrement()) {
        if (!budget.checkTime()) {
          return;
        }
        int rank = run.ranks - 1 - task;
        int start = sink.size;
        mineItem(top, rank, 0, -1);
        run.recordChunk(rank, id, start, sink.size);
        if (budget.stopped()) {
          return;
        }
      }
    }

    /** Emits prefix + rank and mines its conditional tree. */
    private void mineItem(FpTree tree, int rank, int depth, int prefix) {
      int index = sink.emit(prefix, rank, tree.itemCount[rank]);
      if (index < 0 || depth + 1 >= maxLength) {
        return;
      }
      FpTree conditional = tree(depth + 1);
      if (conditional != null && buildConditional(tree, rank, conditional)) {
        mine(conditional, depth + 1, index);
      }
    }

    private void mine(FpTree tree, int depth, int prefix) {
      if (!tree.branched) {
        singlePath(tree, depth, prefix);
        return;
      }
      for (int i = 0; i < tree.presentCount && !budget.stopped(); i++) {
        mineItem(tree, tree.present[i], depth, prefix);
      }
    }

    /** Every combination of the nodes of a single-path tree, each with its deepest node's count. */
    void singlePath(FpTree tree, int depth, int prefix) {
      int length = 0;
      for (int node = tree.firstChild[0]; node >= 0; node = tree.firstChild[node]) {
        path[length] = tree.item[node];
        pathCounts[length++] = tree.count[node];
      }
      enumerate(length, -1, depth, prefix);
    }

    private boolean enumerate(int limit, int count, int depth, int prefix) {
      for (int j = limit - 1; j >= 0; j--) {
        int itemsetCount = count < 0 ? pathCounts[j] : count;
        int index = sink.emit(prefix, path[j], itemsetCount);
        if (index < 0) {
          return false;
        }
        if (depth + 1 < maxLength && j > 0 && !enumerate(j, itemsetCount, depth + 1, index)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Builds into {@code out} the conditional tree of {@code rank}: the paths above its nodes,
     * weighted by their counts, keeping items frequent among them. False when it is empty or a
     * bound stops the run.
     */
    private boolean buildConditional(FpTree tree, int rank, FpTree out) {
      if (!budget.checkTime()) {
        return false;
      }
      int touchedCount = 0;
      long pathItems = 0;
      for (int node = tree.head[rank]; node >= 0; node = tree.nodeLink[node]) {
        int weight = tree.count[node];
        for (int p = tree.parent[node]; p > 0; p = tree.parent[p]) {
          int a = tree.item[p];
          if (support[a] == 0) {
            touched[touchedCount++] = a;
          }
          support[a] += weight;
          pathItems++;
        }
      }
      int keptCount = 0;
      for (int i = 0; i < touchedCount; i++) {
        if (support[touched[i]] >= minCount) {
          kept[keptCount++] = touched[i];
        }
      }
      boolean built = keptCount > 0 && out.reset(pathItems + 1);
      if (built) {
        for (int node = tree.head[rank]; node >= 0; node = tree.nodeLink[node]) {
          int length = 0;
          for (int p = tree.parent[node]; p > 0; p = tree.parent[p]) {
            int a = tree.item[p];
            if (support[a] >= minCount) {
              path[length++] = a;
            }
          }
          if (length > 0) {
            out.insertReversed(path, length, tree.count[node]);
          }
        }
        IntArrays.quickSort(kept, 0, keptCount, (a, b) -> Integer.compare(b, a));
        out.setPresent(kept, keptCount);
      }
      for (int i = 0; i < touchedCount; i++) {
        support[touched[i]] = 0;
      }
      return built;
    }

    /** The reusable tree of one recursion depth, or null when the budget refuses one. */
    private FpTree tree(int depth) {
      if (depth >= trees.length) {
        trees = java.util.Arrays.copyOf(trees, Math.max(depth + 1, trees.length * 2));
      }
      if (trees[depth] == null) {
        if (!budget.reserve(FpTree.fixedBytes(run.ranks))) {
          return null;
        }
        trees[depth] = new FpTree(run.ranks, budget);
      }
      return trees[depth];
    }

    void releaseTrees() {
      for (FpTree tree : trees) {
        if (tree != null) {
          tree.release();
          budget.release(FpTree.fixedBytes(run.ranks));
        }
      }
    }
  }
}

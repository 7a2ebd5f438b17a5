package dev.tandem.rules;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * FP-Growth (Han, Pei &amp; Yin, 2000) on primitive arrays, bounded in time, memory and output.
 *
 * <p>Items are ranked by descending support once; every conditional tree keeps that global order,
 * so an itemset grows by items of ever smaller rank and is stored as its prefix plus one item (see
 * {@link FrequentItemsets}). The first level needs no tree: the conditional base of a frequent item
 * is the part of each transaction (as ascending ranks) before it, read sequentially. Those first
 * conditional trees are independent and are mined by {@code threads} workers, least frequent item
 * (biggest tree) first; a worker reuses one tree per recursion depth. A conditional tree that is a
 * single path is enumerated without further trees. Results are assembled in a fixed order, so
 * they do not depend on the threads' timing unless a budget cuts the run short.
 *
 * <p>The memory estimate covers the first-level arrays, the trees, the path scratch and the
 * itemsets (counted twice: once held, once for assembling the result). The closed or maximal
 * filter and the lookup index of {@link FrequentItemsets} come after mining, outside the budget
 * (about 9 bytes an itemset).
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
    Run run = new Run(parameters, budget, minCount, rankToItem);
    if (run.prepare(transactions, itemToRank, itemSupport)) {
      run.mineAll(itemSupport);
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
    final int[] rankToItem;
    Worker[] workers = new Worker[0];
    /** First level: transactions as ascending ranks, and where each rank occurs in them. */
    int[] flat;
    int[] occurrenceStarts;
    int[] occurrencePositions;
    int[] occurrenceRowStarts;
    long reservedFirstLevel;

    Run(MiningParameters parameters, MiningBudget budget, int minCount, int[] rankToItem) {
      int ranks = rankToItem.length;
      this.rankToItem = rankToItem;
      this.parameters = parameters;
      this.budget = budget;
      this.minCount = minCount;
      this.ranks = ranks;
      this.chunkWorker = new int[ranks + 1];
      this.chunkStart = new int[ranks + 1];
      this.chunkEnd = new int[ranks + 1];
    }

    /**
     * Prepares the first level: each transaction's frequent items as ascending ranks, the
     * transactions in lexicographic order, and for every rank where it occurs. The conditional
     * base of a rank is then the prefixes before its occurrences, read sequentially (the first
     * FP-tree is never built: walking it up costs as many steps, but at random places). False when
     * a bound stops the run first.
     */
    boolean prepare(Transactions transactions, int[] itemToRank, int[] itemSupport) {
      int total = 0;
      for (int p = 0, n = transactions.totalItems(); p < n; p++) {
        total += itemToRank[transactions.itemAt(p)] >= 0 ? 1 : 0;
      }
      int count = transactions.size();
      long bytes = 16L * total + 16L * (count + 1) + 8L * (ranks + 2);
      if (!budget.checkTime() || !budget.reserve(bytes)) {
        return false;
      }
      reservedFirstLevel = bytes;
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
      // group the rows by first rank (a counting sort, stable): a rank's prefixes then mostly
      // meet their first tree node at the head of the root's children, and rows are read in order
      int[] byFirst = new int[ranks + 2];
      for (int t = 0; t < count; t++) {
        byFirst[(offsets[t] < offsets[t + 1] ? flat[offsets[t]] : ranks) + 1]++;
      }
      for (int r = 1; r < byFirst.length; r++) {
        byFirst[r] += byFirst[r - 1];
      }
      int[] order = new int[count];
      for (int t = 0; t < count; t++) {
        order[byFirst[offsets[t] < offsets[t + 1] ? flat[offsets[t]] : ranks]++] = t;
      }
      int[] sortedFlat = new int[total];
      int[] sortedOffsets = new int[count + 1];
      for (int k = 0; k < count; k++) {
        int t = order[k];
        int length = offsets[t + 1] - offsets[t];
        System.arraycopy(flat, offsets[t], sortedFlat, sortedOffsets[k], length);
        sortedOffsets[k + 1] = sortedOffsets[k] + length;
      }
      int[] starts = new int[ranks + 1];
      for (int r = 0; r < ranks; r++) {
        starts[r + 1] = starts[r] + itemSupport[rankToItem[r]];
      }
      int[] fill = java.util.Arrays.copyOf(starts, ranks);
      int[] positions = new int[total];
      int[] rowStarts = new int[total];
      for (int t = 0; t < count; t++) {
        for (int p = sortedOffsets[t]; p < sortedOffsets[t + 1]; p++) {
          int at = fill[sortedFlat[p]]++;
          positions[at] = p;
          rowStarts[at] = sortedOffsets[t];
        }
      }
      this.flat = sortedFlat;
      this.occurrenceStarts = starts;
      this.occurrencePositions = positions;
      this.occurrenceRowStarts = rowStarts;
      return true;
    }

    void mineAll(int[] itemSupport) {
      int threads = Math.min(parameters.threads(), Math.max(1, ranks));
      workers = new Worker[threads];
      for (int w = 0; w < threads; w++) {
        workers[w] = new Worker(this, w, itemSupport);
      }
      if (threads == 1) {
        workers[0].mineTopLevel(new AtomicInteger());
      } else {
        runInParallel();
      }
      for (Worker worker : workers) {
        worker.releaseTrees();
      }
      flat = null;
      occurrencePositions = null;
      occurrenceRowStarts = null;
      budget.release(reservedFirstLevel);
    }

    private void runInParallel() {
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
                    worker.mineTopLevel(next);
                  } catch (RuntimeException | Error e) {
                    failures[slot] = e;
                    // stop the other workers; the failure is rethrown below, not reported
                    budget.stop(Truncation.MEMORY_BUDGET);
                  }
                },
                "tandem-fpgrowth-" + w);
        threads[w - 1].setDaemon(true);
        threads[w - 1].start();
      }
      try {
        workers[0].mineTopLevel(next);
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
    /** The paths above a rank's nodes, read once: items, then each path's end and weight. */
    int[] pathBuffer = new int[0];
    int[] pathEnds = new int[0];
    int[] pathWeights = new int[0];
    long reservedScratch;
    FpTree[] trees = new FpTree[4];

    final int[] itemSupport;

    Worker(Run run, int id, int[] itemSupport) {
      this.itemSupport = itemSupport;
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

    void mineTopLevel(AtomicInteger next) {
      for (int task = next.getAndIncrement(); task < run.ranks; task = next.getAndIncrement()) {
        if (!budget.checkTime()) {
          return;
        }
        int rank = run.ranks - 1 - task;
        int start = sink.size;
        int index = sink.emit(-1, rank, itemSupport[run.rankToItem[rank]]);
        if (index >= 0 && maxLength > 1) {
          FpTree conditional = tree(1);
          if (conditional != null && buildFirstConditional(rank, conditional)) {
            mine(conditional, 1, index);
          }
        }
        run.recordChunk(rank, id, start, sink.size);
        if (budget.stopped()) {
          return;
        }
      }
    }

    /** The conditional tree of a first-level rank, from the transaction prefixes before it. */
    private boolean buildFirstConditional(int rank, FpTree out) {
      if (!budget.checkTime()) {
        return false;
      }
      int[] flat = run.flat;
      int[] positions = run.occurrencePositions;
      int[] rowStarts = run.occurrenceRowStarts;
      int from = run.occurrenceStarts[rank];
      int to = run.occurrenceStarts[rank + 1];
      int touchedCount = 0;
      long stored = 0;
      for (int k = from; k < to; k++) {
        for (int i = rowStarts[k], end = positions[k]; i < end; i++) {
          int a = flat[i];
          if (support[a] == 0) {
            touched[touchedCount++] = a;
          }
          support[a]++;
        }
        stored += positions[k] - rowStarts[k];
      }
      int keptCount = keep(touchedCount);
      boolean built = keptCount > 0 && out.reset(stored + 1);
      if (built) {
        for (int k = from; k < to; k++) {
          int length = 0;
          for (int i = rowStarts[k], end = positions[k]; i < end; i++) {
            int a = flat[i];
            if (support[a] >= minCount) {
              path[length++] = a;
            }
          }
          if (length > 0) {
            out.insert(path, 0, length, 1);
          }
        }
        setPresentDescending(out, keptCount);
      }
      clear(touchedCount);
      return built;
    }

    private int keep(int touchedCount) {
      int keptCount = 0;
      for (int i = 0; i < touchedCount; i++) {
        if (support[touched[i]] >= minCount) {
          kept[keptCount++] = touched[i];
        }
      }
      return keptCount;
    }

    private void setPresentDescending(FpTree out, int keptCount) {
      IntArrays.quickSort(kept, 0, keptCount);
      for (int i = 0, j = keptCount - 1; i < j; i++, j--) {
        int swap = kept[i];
        kept[i] = kept[j];
        kept[j] = swap;
      }
      out.setPresent(kept, keptCount);
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
        path[length] = tree.up[2 * node + 1];
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
      // one walk up from every node of the rank: count the items above and keep the paths
      int touchedCount = 0;
      int stored = 0;
      int paths = 0;
      int[] up = tree.up;
      for (int node = tree.head[rank]; node >= 0; node = tree.nodeLink[node]) {
        int weight = tree.count[node];
        int pathStart = stored;
        for (int p = up[2 * node]; p > 0; p = up[2 * p]) {
          int a = up[2 * p + 1];
          if (support[a] == 0) {
            touched[touchedCount++] = a;
          }
          support[a] += weight;
          if (stored == pathBuffer.length && !growPathBuffer()) {
            clear(touchedCount);
            return false;
          }
          pathBuffer[stored++] = a;
        }
        if (stored > pathStart) {
          if (paths == pathWeights.length && !growPathIndex()) {
            clear(touchedCount);
            return false;
          }
          pathWeights[paths] = weight;
          pathEnds[paths++] = stored;
        }
      }
      int keptCount = keep(touchedCount);
      boolean built = keptCount > 0 && out.reset(stored + 1L);
      if (built) {
        for (int k = 0, start = 0; k < paths; start = pathEnds[k++]) {
          int length = 0;
          for (int i = start; i < pathEnds[k]; i++) {
            int a = pathBuffer[i];
            if (support[a] >= minCount) {
              path[length++] = a;
            }
          }
          if (length > 0) {
            out.insertReversed(path, length, pathWeights[k]);
          }
        }
        setPresentDescending(out, keptCount);
      }
      clear(touchedCount);
      return built;
    }

    private void clear(int touchedCount) {
      for (int i = 0; i < touchedCount; i++) {
        support[touched[i]] = 0;
      }
    }

    private boolean growPathBuffer() {
      int capacity = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1024, pathBuffer.length * 2L));
      if (capacity == pathBuffer.length
          || !budget.reserve((long) Integer.BYTES * (capacity - pathBuffer.length))) {
        budget.stop(Truncation.MEMORY_BUDGET);
        return false;
      }
      reservedScratch += (long) Integer.BYTES * (capacity - pathBuffer.length);
      pathBuffer = java.util.Arrays.copyOf(pathBuffer, capacity);
      return true;
    }

    private boolean growPathIndex() {
      int capacity = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(256, pathWeights.length * 2L));
      if (capacity == pathWeights.length
          || !budget.reserve(2L * Integer.BYTES * (capacity - pathWeights.length))) {
        budget.stop(Truncation.MEMORY_BUDGET);
        return false;
      }
      reservedScratch += 2L * Integer.BYTES * (capacity - pathWeights.length);
      pathWeights = java.util.Arrays.copyOf(pathWeights, capacity);
      pathEnds = java.util.Arrays.copyOf(pathEnds, capacity);
      return true;
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
      budget.release(reservedScratch);
      reservedScratch = 0;
      for (FpTree tree : trees) {
        if (tree != null) {
          tree.release();
          budget.release(FpTree.fixedBytes(run.ranks));
        }
      }
    }
  }
}

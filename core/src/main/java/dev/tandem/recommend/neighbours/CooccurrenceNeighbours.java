package dev.tandem.recommend.neighbours;

import dev.tandem.recommend.RowRanges;
import dev.tandem.recommend.SparseRows;
import java.util.Arrays;

/**
 * Builds the top-K similarity rows of every item from rows × items interactions, one item at a
 * time: a dense accumulator row plus the list of items it touched (never a dense item × item
 * matrix), so the work is the sum over rows of their length squared. Items are split into ranges
 * over the given threads; each item's row depends only on the data, so the result is deterministic.
 */
final class CooccurrenceNeighbours {
  private final SparseRows rows;
  private final SparseRows columns;
  private final ItemKnn parameters;
  private final double[] mass;
  private final double nonEmptyRows;
  private final LogLikelihoodTable logLikelihood;
  private final double[] massRoot;
  private final double[] massPower;

  private CooccurrenceNeighbours(SparseRows rows, ItemKnn parameters) {
    this.parameters = parameters;
    this.rows = parameters.similarity().weighted() ? rows : rows.binary();
    this.columns = this.rows.transpose();
    this.mass = itemMass(columns);
    this.nonEmptyRows = countNonEmpty(rows);
    this.logLikelihood = parameters.similarity() == Similarity.LOG_LIKELIHOOD
        ? new LogLikelihoodTable((int) nonEmptyRows) : null;
    this.massRoot = new double[mass.length];
    this.massPower = new double[mass.length];
    for (int i = 0; i < mass.length; i++) {
      massRoot[i] = Math.sqrt(mass[i]);
      massPower[i] = Math.pow(mass[i], parameters.alpha());
    }
  }

  /** Item × item rows holding each item's best neighbours, best first. */
  static SparseRows build(SparseRows interactions, ItemKnn parameters) {
    return new CooccurrenceNeighbours(interactions, parameters).build();
  }

  private SparseRows build() {
    int n = rows.columnCount();
    int[][] neighbourItems = new int[n][];
    float[][] neighbourScores = new float[n][];
    RowRanges.forEach(n, parameters.threads(), (from, to) -> {
      Scratch scratch = new Scratch(n, parameters.neighbours());
      for (int item = from; item < to; item++) {
        neighbourRow(item, scratch);
        neighbourItems[item] = Arrays.copyOf(scratch.bestItems, scratch.bestCount);
        neighbourScores[item] = Arrays.copyOf(scratch.bestScores, scratch.bestCount);
      }
    });
    return flatten(n, neighbourItems, neighbourScores);
  }

  /** Per-thread working memory. */
  private static final class Scratch {
    final float[] accumulator;
    final int[] touched;
    final NeighbourHeap heap;
    final int[] bestItems;
    final float[] bestScores;
    int bestCount;

    Scratch(int n, int k) {
      accumulator = new float[n];
      touched = new int[n];
      heap = new NeighbourHeap(k);
      bestItems = new int[k];
      bestScores = new float[k];
    }
  }

  private void neighbourRow(int item, Scratch s) {
    int touchedCount = accumulate(item, s.accumulator, s.touched);
    s.heap.clear();
    for (int t = 0; t < touchedCount; t++) {
      int other = s.touched[t];
      double co = s.accumulator[other];
      s.accumulator[other] = 0f;
      float score = (float) score(item, other, co);
      if (score > 0f) {
        s.heap.offer(other, score);
      }
    }
    s.bestCount = s.heap.drainBestFirst(s.bestItems, s.bestScores);
    if (parameters.normalise() && s.bestCount > 0) {
      float best = s.bestScores[0];
      for (int i = 0; i < s.bestCount; i++) {
        s.bestScores[i] /= best;
      }
    }
  }

  /** Adds item's co-occurrence with every other item; returns how many items were touched. */
  private int accumulate(int item, float[] accumulator, int[] touched) {
    int touchedCount = 0;
    int[] start = rows.start();
    int[] rowItems = rows.columns();
    float[] rowValues = rows.values();
    for (int p = columns.start()[item]; p < columns.start()[item + 1]; p++) {
      int row = columns.columns()[p];
      float weight = columns.values()[p];
      for (int q = start[row]; q < start[row + 1]; q++) {
        int other = rowItems[q];
        if (other == item) {
          continue;
        }
        if (accumulator[other] == 0f) {
          touched[touchedCount++] = other;
        }
        accumulator[other] += weight * rowValues[q];
      }
    }
    return touchedCount;
  }

  /**
   * {@link Similarity#of} with per-item roots and powers precomputed (no sqrt, pow or log per
   * pair), times the shrinkage factor.
   */
  private double score(int item, int other, double co) {
    double similarity = switch (parameters.similarity()) {
      case COSINE -> co / (massRoot[item] * massRoot[other]);
      case JACCARD -> co / (mass[item] + mass[other] - co);
      case CONDITIONAL -> co / (mass[item] * massPower[other]);
      case LOG_LIKELIHOOD ->
          logLikelihood.of((int) co, (int) mass[item], (int) mass[other], (int) nonEmptyRows);
    };
    return similarity * co / (co + parameters.shrinkage());
  }

  /** Each item's mass: the squared norm of its column (its row count on 0/1 data). */
  private static double[] itemMass(SparseRows columns) {
    double[] mass = new double[columns.rowCount()];
    for (int item = 0; item < mass.length; item++) {
      for (int p = columns.start()[item]; p < columns.start()[item + 1]; p++) {
        mass[item] += (double) columns.values()[p] * columns.values()[p];
      }
    }
    return mass;
  }

  private static int countNonEmpty(SparseRows rows) {
    int count = 0;
    for (int r = 0; r < rows.rowCount(); r++) {
      count += rows.rowLength(r) > 0 ? 1 : 0;
    }
    return count;
  }

  /** Per-item neighbour arrays as one CSR (shared with {@link RandomWalkNeighbours}). */
  static SparseRows flatten(int n, int[][] items, float[][] scores) {
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + items[i].length;
    }
    int[] flatItems = new int[start[n]];
    float[] flatScores = new float[start[n]];
    for (int i = 0; i < n; i++) {
      System.arraycopy(items[i], 0, flatItems, start[i], items[i].length);
      System.arraycopy(scores[i], 0, flatScores, start[i], scores[i].length);
    }
    return new SparseRows(n, start, flatItems, flatScores);
  }
}

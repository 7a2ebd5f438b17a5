package dev.tandem.recommend.hybrid;

import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import java.util.List;

/**
 * Coordinate ascent over a grid of blend weights: starting from all weights 1, each pass tries
 * every grid value for one model at a time and keeps the best (HR@10 + NDCG@10 on the validation
 * queries, so both where the hidden item lands and how high count; the earlier value wins exact
 * ties), until a pass changes nothing. Deterministic. The candidate lists are compiled once per
 * query (their union and each model's normalised value), so a trial costs a pass over a few hundred
 * candidates per query, and ranks the hidden item exactly as {@link RankBlend} would. Public for
 * tuning tools (benchmarks {@code HybridTuning}).
 */
public final class WeightSearch {
  /** The default grid of weights tried per model. */
  public static final double[] GRID = {0, 0.1, 0.25, 0.5, 1, 2, 4};
  private static final int K = 10;
  private static final int MAX_PASSES = 5;

  private final Candidates[] compiled;
  private final double[] grid;

  /** {@code lists[q][m]}: model m's candidates for query q. */
  WeightSearch(Recommendations[][] lists, List<Query> queries, int[] hidden, int depth) {
    this(lists, queries, hidden, depth, Hybrid.RANK_SHARE, GRID);
  }

  public WeightSearch(Recommendations[][] lists, List<Query> queries, int[] hidden, int depth,
      double rankShare, double[] grid) {
    this.compiled = new Candidates[hidden.length];
    for (int q = 0; q < hidden.length; q++) {
      compiled[q] = Candidates.of(lists[q], queries.get(q), hidden[q], depth, rankShare);
    }
    this.grid = grid.clone();
  }

  public double[] run(int models) {
    double[] weights = new double[models];
    java.util.Arrays.fill(weights, 1);
    double[] best = quality(weights);
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      boolean changed = false;
      for (int m = 0; m < models; m++) {
        double kept = weights[m];
        for (double value : grid) {
          weights[m] = value;
          double[] trial = quality(weights);
          if (nonZero(weights) && better(trial, best)) {
            best = trial;
            kept = value;
            changed = true;
          }
        }
        weights[m] = kept;
      }
      if (!changed) {
        break;
      }
    }
    return weights;
  }

  /** {HR@10, NDCG@10} of a blend. */
  public double[] quality(double[] weights) {
    double hits = 0;
    double ndcg = 0;
    for (Candidates candidates : compiled) {
      int rank = candidates.rankOfHidden(weights);
      if (rank >= 0 && rank < K) {
        hits++;
        ndcg += 1 / (Math.log(rank + 2) / Math.log(2));
      }
    }
    int n = Math.max(1, compiled.length);
    return new double[] {hits / n, ndcg / n};
  }

  private static boolean better(double[] a, double[] b) {
    return a[0] + a[1] > b[0] + b[1] + 1e-12;
  }

  private static boolean nonZero(double[] weights) {
    for (double w : weights) {
      if (w > 0) {
        return true;
      }
    }
    return false;
  }
}

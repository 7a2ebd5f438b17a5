package dev.tandem.benchmarks;

import dev.tandem.dataset.Snapshot;
import dev.tandem.evaluation.protocol.Benchmark;
import dev.tandem.evaluation.protocol.DataFiles;
import dev.tandem.evaluation.protocol.RetailBasketCompletion;
import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.evaluation.run.Algorithms;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.Recommender;
import dev.tandem.recommend.RowRanges;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.hybrid.RankBlend;
import dev.tandem.recommend.hybrid.ValidationSplit;
import dev.tandem.recommend.hybrid.WeightSearch;
import dev.tandem.shop.EventWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tunes the hybrid's blend on {@code retail-bc-validation} (RETAIL-BC's training baskets split
 * again; the test baskets are never read) without retraining per setting: every candidate component
 * is trained once on the hybrid's own inner fit part and once on the whole tuning training data,
 * their lists are kept at depth 100, and each setting (component subset, number of inner validation
 * queries, rank/score mix, weight grid, depth) learns its weights exactly as {@code Hybrid} does and
 * is scored on the tuning queries (HR@10, NDCG@10), as {@code ModelQuality retail-bc-validation
 * hybrid} would score that hybrid.
 *
 * <p>Usage: {@code HybridTuning SPECS SUBSETS MAXQUERIES SHARES GRIDS DEPTHS}: SPECS component specs
 * separated by ';' (',' inside a spec written '+'); SUBSETS component index lists separated by '/'
 * (e.g. {@code 0,1,2,3,4/0,1,5,4}); MAXQUERIES e.g. {@code 2000,5000,0} (0: all); SHARES rank
 * shares e.g. {@code 0.5,0.75}; GRIDS {@code coarse,fine}; DEPTHS e.g. {@code 50,100}.
 */
public final class HybridTuning {
  static final double[] FINE_GRID = {0, 0.05, 0.1, 0.175, 0.25, 0.375, 0.5, 0.75, 1, 1.5, 2, 3,
      4, 6, 8};
  private static final int MAX_DEPTH = 100;
  private static final long SEED = 42L;

  private HybridTuning() {}

  public static void main(String[] args) {
    Benchmark benchmark = RetailBasketCompletion.validation(
        DataFiles.require(DataFiles.fimiRetail(), DataFiles.FIMI_RETAIL));
    List<Trainer> components = new ArrayList<>();
    for (String spec : args[0].split(";")) {
      components.add(Algorithms.trainer(spec.replace('+', ',')));
    }
    Snapshot training = benchmark.training();
    int[] maxQueries = Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
    List<ValidationSplit> splits = new ArrayList<>();
    for (int max : maxQueries) {
      splits.add(ValidationSplit.of(training, 0.1, max == 0 ? Integer.MAX_VALUE : max,
          EventWeights.DEFAULT, SEED));
    }
    Recommendations[][][] inner = new Recommendations[splits.size()][][];
    for (int s = 0; s < splits.size(); s++) {
      inner[s] = new Recommendations[splits.get(s).queries().size()][components.size()];
    }
    List<TestCase> cases = benchmark.testCases();
    Recommendations[][] outer = new Recommendations[cases.size()][components.size()];
    for (int m = 0; m < components.size(); m++) {
      long start = System.nanoTime();
      Recommender fitted = components.get(m).train(splits.get(0).fit());
      for (int s = 0; s < splits.size(); s++) {
        listAll(fitted, splits.get(s).queries(), inner[s], m);
      }
      Recommender full = components.get(m).train(training);
      List<Query> queries = cases.stream().map(TestCase::query).toList();
      listAll(full, queries, outer, m);
      System.out.printf(Locale.ROOT, "component %d %s listed in %.1f s%n", m,
          args[0].split(";")[m], (System.nanoTime() - start) / 1e9);
    }
    for (String subsetText : args[1].split("/")) {
      int[] subset = Arrays.stream(subsetText.split(",")).mapToInt(Integer::parseInt).toArray();
      for (int s = 0; s < splits.size(); s++) {
        for (String share : args[3].split(",")) {
          for (String grid : args[4].split(",")) {
            for (String depth : args[5].split(",")) {
              tune(subsetText, subset, splits.get(s), inner[s], maxQueries[s],
                  Double.parseDouble(share), grid, Integer.parseInt(depth), cases, outer,
                  training.itemCount(), benchmark.k());
            }
          }
        }
      }
    }
  }

  private static void listAll(
      Recommender model, List<Query> queries, Recommendations[][] lists, int m) {
    RowRanges.forEach(queries.size(), 2, (from, to) -> {
      for (int q = from; q < to; q++) {
        lists[q][m] = model.recommend(queries.get(q), MAX_DEPTH);
      }
    });
  }

  private static void tune(String subsetText, int[] subset, ValidationSplit split,
      Recommendations[][] inner, int maxQueries, double share, String grid, int depth,
      List<TestCase> cases, Recommendations[][] outer, int itemCount, int k) {
    WeightSearch search = new WeightSearch(pick(inner, subset), split.queries(), split.hidden(),
        depth, share, grid.equals("fine") ? FINE_GRID : WeightSearch.GRID);
    double[] weights = search.run(subset.length);
    double[] learned = search.quality(weights);
    Recommendations[][] lists = pick(outer, subset);
    double hits = 0;
    double ndcg = 0;
    for (int c = 0; c < cases.size(); c++) {
      TestCase testCase = cases.get(c);
      int asked = Math.max(k + testCase.excludedCount(), depth);
      Recommendations top = RankBlend.blend(lists[c], weights, asked, share, itemCount,
          k + testCase.excludedCount(), testCase.query());
      double[] one = ModelQuality.one(testCase, top, k);
      hits += one[0];
      ndcg += one[1];
    }
    System.out.printf(Locale.ROOT, "subset=%-14s maxQ=%-5d (%d) share=%.2f grid=%-6s depth=%-3d"
            + " inner HR=%.4f NDCG=%.4f | validation HR@10=%.4f NDCG@10=%.4f weights=%s%n",
        subsetText, maxQueries, split.queries().size(), share, grid, depth, learned[0],
        learned[1], hits / cases.size(), ndcg / cases.size(), Arrays.toString(weights));
  }

  private static Recommendations[][] pick(Recommendations[][] lists, int[] subset) {
    Recommendations[][] picked = new Recommendations[lists.length][subset.length];
    for (int q = 0; q < lists.length; q++) {
      for (int i = 0; i < subset.length; i++) {
        picked[q][i] = lists[q][subset[i]];
      }
    }
    return picked;
  }
}

package dev.tandem.benchmarks;

import dev.tandem.evaluation.protocol.Benchmark;
import dev.tandem.evaluation.protocol.DataFiles;
import dev.tandem.evaluation.protocol.Protocol;
import dev.tandem.evaluation.protocol.RetailBasketCompletion;
import dev.tandem.evaluation.protocol.Sources;
import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.evaluation.run.Algorithms;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.Recommender;
import dev.tandem.recommend.RowRanges;
import dev.tandem.recommend.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quick quality check of models on the benchmark protocols while tuning: trains each model spec on
 * each protocol's training data and prints HR and NDCG at the protocol's k (basket completion) or
 * Recall and NDCG (next purchases), with training time and model size. The full side-by-side
 * report is {@code tandem evaluate}; this is the tuning loop.
 *
 * <p>Usage: {@code ModelQuality PROTOCOLS SPEC...}, PROTOCOLS a comma-separated list of {@code
 * or-bc, or-next, retail-bc, retail-bc-validation} (the last: RETAIL-BC's training baskets split
 * 80/20 again, the split to tune on); a SPEC as in {@link Algorithms#trainer}.
 */
public final class ModelQuality {
  private ModelQuality() {}

  public static void main(String[] args) {
    Sources sources = Sources.found();
    for (String protocolName : args[0].split(",")) {
      List<Benchmark> benchmarks = new ArrayList<>();
      if (protocolName.equals("retail-bc-validation")) {
        benchmarks.add(RetailBasketCompletion.validation(
            DataFiles.require(DataFiles.fimiRetail(), DataFiles.FIMI_RETAIL)));
      } else {
        Protocol.named(protocolName).forEach(protocol -> benchmarks.add(protocol.build(sources)));
      }
      for (Benchmark benchmark : benchmarks) {
        for (int a = 1; a < args.length; a++) {
          measure(benchmark, Algorithms.trainer(args[a]), args[a]);
        }
      }
    }
  }

  static void measure(Benchmark benchmark, Trainer trainer, String spec) {
    long start = System.nanoTime();
    Recommender model = trainer.train(benchmark.training());
    double seconds = (System.nanoTime() - start) / 1e9;
    double[][] perCase = score(benchmark, model);
    double hits = 0;
    double ndcg = 0;
    for (double[] values : perCase) {
      hits += values[0];
      ndcg += values[1];
    }
    int n = perCase.length;
    String first = benchmark.headline().get(0);
    System.out.printf(Locale.ROOT, "%-12s %-60s %s@%d=%.4f NDCG@%d=%.4f queries=%d train_s=%.2f"
            + " size_mb=%.1f%n", benchmark.name(), spec, first, benchmark.k(), hits / n,
        benchmark.k(), ndcg / n, n, seconds, model.sizeInBytes() / 1e6);
    System.out.println("             provenance: " + model.provenance().parametersText());
  }

  /** Per case: {hit rate or recall, NDCG}. */
  static double[][] score(Benchmark benchmark, Recommender model) {
    List<TestCase> cases = new ArrayList<>(benchmark.testCases());
    double[][] results = new double[cases.size()][];
    int k = benchmark.k();
    RowRanges.forEach(cases.size(), 2, (from, to) -> {
      for (int c = from; c < to; c++) {
        results[c] = one(cases.get(c), model, k);
      }
    });
    return results;
  }

  private static double[] one(TestCase testCase, Recommender model, int k) {
    return one(testCase, model.recommend(testCase.query(), k + testCase.excludedCount()), k);
  }

  /** {hit rate or recall, NDCG} at k of a list asked for k + the case's excluded count. */
  static double[] one(TestCase testCase, Recommendations top, int k) {
    int rank = 0;
    double hits = 0;
    double dcg = 0;
    for (int r = 0; r < top.size() && rank < k; r++) {
      int item = top.item(r);
      if (testCase.isExcluded(item)) {
        continue;
      }
      if (testCase.isRelevant(item)) {
        hits++;
        dcg += 1 / log2(rank + 2);
      }
      rank++;
    }
    int ideal = Math.min(k, testCase.relevantCount());
    double idcg = 0;
    for (int i = 0; i < ideal; i++) {
      idcg += 1 / log2(i + 2);
    }
    return ideal == 0 ? new double[] {0, 0} : new double[] {hits / ideal, dcg / idcg};
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}

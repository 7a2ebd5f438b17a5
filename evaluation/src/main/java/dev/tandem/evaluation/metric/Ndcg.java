package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;

/**
 * NDCG@k with binary relevance: DCG = Σ over relevant items at 1-based rank r ≤ k of 1/log2(r+1),
 * divided by the ideal DCG of min(k, |relevant|) relevant items at the top. With one relevant item
 * it is 1/log2(rank+1).
 */
public final class Ndcg extends MeanMetric {
  public Ndcg(int k) {
    super("NDCG", k);
  }

  @Override
  public Double measure(TestCase testCase, Recommendations recommendations) {
    int ideal = Hits.recallDenominator(testCase, k());
    if (ideal == 0) {
      return Double.NaN;
    }
    boolean[] hits = Hits.of(testCase, recommendations, k());
    double dcg = 0;
    for (int r = 0; r < hits.length; r++) {
      dcg += hits[r] ? gain(r) : 0;
    }
    double idealDcg = 0;
    for (int r = 0; r < ideal; r++) {
      idealDcg += gain(r);
    }
    return dcg / idealDcg;
  }

  /** The discount of 0-based rank r: 1/log2(r+2). */
  static double gain(int rank) {
    return 1 / (Math.log(rank + 2) / Math.log(2));
  }
}

package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;

/**
 * AP@k per case, MAP@k as their mean: Σ over hits at 1-based rank r ≤ k of precision@r, divided by
 * min(k, |relevant|).
 */
public final class AveragePrecision extends MeanMetric {
  public AveragePrecision(int k) {
    super("MAP", k);
  }

  @Override
  public Double measure(TestCase testCase, Recommendations recommendations) {
    int denominator = Hits.recallDenominator(testCase, k());
    if (denominator == 0) {
      return Double.NaN;
    }
    boolean[] hits = Hits.of(testCase, recommendations, k());
    double sum = 0;
    int found = 0;
    for (int r = 0; r < hits.length; r++) {
      if (hits[r]) {
        found++;
        sum += found / (double) (r + 1);
      }
    }
    return sum / denominator;
  }
}

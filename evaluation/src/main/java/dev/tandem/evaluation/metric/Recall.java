package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;

/** Recall@k as PROTOCOLS.md defines it: |top-k ∩ relevant| / min(k, |relevant|). */
public final class Recall extends MeanMetric {
  public Recall(int k) {
    super("Recall", k);
  }

  @Override
  public Double measure(TestCase testCase, Recommendations recommendations) {
    int denominator = Hits.recallDenominator(testCase, k());
    if (denominator == 0) {
      return Double.NaN;
    }
    return Hits.count(Hits.of(testCase, recommendations, k())) / (double) denominator;
  }
}

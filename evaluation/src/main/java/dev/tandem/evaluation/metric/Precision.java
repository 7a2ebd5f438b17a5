package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;

/** Precision@k: relevant items among the first k, divided by k (a short list is not excused). */
public final class Precision extends MeanMetric {
  public Precision(int k) {
    super("Precision", k);
  }

  @Override
  public Double measure(TestCase testCase, Recommendations recommendations) {
    if (testCase.relevantCount() == 0) {
      return Double.NaN;
    }
    return Hits.count(Hits.of(testCase, recommendations, k())) / (double) k();
  }
}

package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;

/** HR@k: 1 when any relevant item is among the first k, else 0. */
public final class HitRate extends MeanMetric {
  public HitRate(int k) {
    super("HR", k);
  }

  @Override
  public Double measure(TestCase testCase, Recommendations recommendations) {
    if (testCase.relevantCount() == 0) {
      return Double.NaN;
    }
    return Hits.count(Hits.of(testCase, recommendations, k())) > 0 ? 1.0 : 0.0;
  }
}

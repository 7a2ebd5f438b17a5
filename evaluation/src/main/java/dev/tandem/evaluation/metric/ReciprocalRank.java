package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;

/** RR@k per case, MRR@k as their mean: 1 / the 1-based rank of the first hit within k, else 0. */
public final class ReciprocalRank extends MeanMetric {
  public ReciprocalRank(int k) {
    super("MRR", k);
  }

  @Override
  public Double measure(TestCase testCase, Recommendations recommendations) {
    if (testCase.relevantCount() == 0) {
      return Double.NaN;
    }
    boolean[] hits = Hits.of(testCase, recommendations, k());
    for (int r = 0; r < hits.length; r++) {
      if (hits[r]) {
        return 1.0 / (r + 1);
      }
    }
    return 0.0;
  }
}

package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;

/**
 * Revenue@k: the revenue of the relevant items among the first k (for basket completion, the hidden
 * line's UnitPrice × Quantity when it is found, else 0), averaged over cases.
 */
public final class Revenue extends MeanMetric {
  public Revenue(int k) {
    super("Revenue", k);
  }

  @Override
  public Double measure(TestCase testCase, Recommendations recommendations) {
    if (testCase.relevantCount() == 0) {
      return Double.NaN;
    }
    double revenue = 0;
    for (int r = 0; r < depth(recommendations); r++) {
      revenue += testCase.valueOf(recommendations.item(r));
    }
    return revenue;
  }
}

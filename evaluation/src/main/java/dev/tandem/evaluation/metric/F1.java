package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;

/** F1@k per case: the harmonic mean of {@link Precision} and {@link Recall} at k (0 when both are). */
public final class F1 extends MeanMetric {
  private final Precision precision;
  private final Recall recall;

  public F1(int k) {
    super("F1", k);
    this.precision = new Precision(k);
    this.recall = new Recall(k);
  }

  @Override
  public Double measure(TestCase testCase, Recommendations recommendations) {
    double p = precision.measure(testCase, recommendations);
    double r = recall.measure(testCase, recommendations);
    if (Double.isNaN(p) || Double.isNaN(r)) {
      return Double.NaN;
    }
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}

package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;
import java.util.List;

/**
 * UpliftShare@k: of all the value the test cases could give (Σ of every relevant item's value),
 * the share found in the top-k lists. On the up-sell protocols a relevant item's value is its
 * uplift {@code price(b) − price(a)}, so this is the share of the maximum possible uplift that
 * was captured. Per case: {captured, possible}; cases with nothing relevant are left out.
 */
public final class UpliftShare implements Metric<double[]> {
  private final int k;

  public UpliftShare(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("UpliftShare: k must be at least 1, got " + k);
    }
    this.k = k;
  }

  @Override
  public String name() {
    return "UpliftShare";
  }

  @Override
  public int k() {
    return k;
  }

  @Override
  public Direction direction() {
    return Direction.HIGHER_IS_BETTER;
  }

  @Override
  public double[] measure(TestCase testCase, Recommendations recommendations) {
    if (testCase.relevantCount() == 0) {
      return null;
    }
    double captured = 0;
    for (int r = 0; r < Math.min(k, recommendations.size()); r++) {
      captured += testCase.valueOf(recommendations.item(r));
    }
    double possible = 0;
    for (double value : testCase.values()) {
      possible += value;
    }
    return new double[] {captured, possible};
  }

  @Override
  public MetricValue aggregate(List<double[]> values) {
    double captured = 0;
    double possible = 0;
    int count = 0;
    for (double[] value : values) {
      if (value != null) {
        captured += value[0];
        possible += value[1];
        count++;
      }
    }
    return new MetricValue(name(), k, possible > 0 ? captured / possible : Double.NaN, count,
        direction());
  }
}

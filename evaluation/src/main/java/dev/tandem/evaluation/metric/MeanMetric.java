package dev.tandem.evaluation.metric;

import java.util.List;

/**
 * A metric whose per-case value is a number and whose aggregate is the mean. A case whose value
 * is NaN (e.g. nothing relevant to find) is left out of the mean and the count.
 */
public abstract class MeanMetric implements Metric<Double> {
  private final String name;
  private final int k;

  protected MeanMetric(String name, int k) {
    if (k < 1) {
      throw new IllegalArgumentException(name + ": k must be at least 1, got " + k);
    }
    this.name = name;
    this.k = k;
  }

  @Override
  public String name() {
    return name;
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
  public MetricValue aggregate(List<Double> values) {
    double sum = 0;
    int count = 0;
    for (double value : values) {
      if (!Double.isNaN(value)) {
        sum += value;
        count++;
      }
    }
    return new MetricValue(name, k, count == 0 ? Double.NaN : sum / count, count, direction());
  }

  /** How many of the first k recommendations count: k, or fewer when the list is shorter. */
  protected int depth(dev.tandem.recommend.Recommendations recommendations) {
    return Math.min(k, recommendations.size());
  }
}

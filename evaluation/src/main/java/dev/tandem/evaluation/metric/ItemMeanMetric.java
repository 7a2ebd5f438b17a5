package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;

/**
 * A metric of the items themselves, whatever the ground truth: the mean of a per-item value over
 * the first k recommendations (an empty list is not measured). Neither direction is better.
 */
abstract class ItemMeanMetric extends MeanMetric {

  ItemMeanMetric(String name, int k) {
    super(name, k);
  }

  /** The value of one recommended item. */
  abstract double valueOf(int item);

  @Override
  public Direction direction() {
    return Direction.NEUTRAL;
  }

  @Override
  public Double measure(TestCase testCase, Recommendations recommendations) {
    int depth = depth(recommendations);
    if (depth == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int r = 0; r < depth; r++) {
      sum += valueOf(recommendations.item(r));
    }
    return sum / depth;
  }
}

package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;

/**
 * Popularity bias@k: the mean popularity percentile of the first k items (the share of the
 * catalog strictly less popular; 1 = the best seller, 0 = the least sold). Neither direction is
 * better: it says how much a model leans on the head of the catalog.
 */
public final class PopularityBias extends MeanMetric {
  private final ItemStatistics statistics;

  public PopularityBias(int k, ItemStatistics statistics) {
    super("PopBias", k);
    this.statistics = statistics;
  }

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
      sum += statistics.percentile(recommendations.item(r));
    }
    return sum / depth;
  }
}

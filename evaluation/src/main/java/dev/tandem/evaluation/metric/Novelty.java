package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;

/**
 * Novelty@k: the mean self-information −log2 p(i) of the first k items, p(i) = the share of
 * training baskets (users when there are no baskets) holding i; an item held by none counts as
 * held by one, so its information stays finite. Higher = less obvious recommendations.
 */
public final class Novelty extends MeanMetric {
  private final ItemStatistics statistics;

  public Novelty(int k, ItemStatistics statistics) {
    super("Novelty", k);
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
      int holders = Math.max(1, statistics.count(recommendations.item(r)));
      sum += -Math.log(holders / (double) statistics.population()) / Math.log(2);
    }
    return sum / depth;
  }
}

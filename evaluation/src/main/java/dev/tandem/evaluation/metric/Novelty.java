package dev.tandem.evaluation.metric;

/**
 * Novelty@k: the mean self-information −log2 p(i) of the first k items, p(i) = the share of
 * training baskets (users when there are no baskets) holding i; an item held by none counts as
 * held by one, so its information stays finite. Higher = less obvious recommendations.
 */
public final class Novelty extends ItemMeanMetric {
  private final ItemStatistics statistics;

  public Novelty(int k, ItemStatistics statistics) {
    super("Novelty", k);
    this.statistics = statistics;
  }

  @Override
  double valueOf(int item) {
    int holders = Math.max(1, statistics.count(item));
    return -Math.log(holders / (double) statistics.population()) / Math.log(2);
  }
}

package dev.tandem.evaluation.metric;

/**
 * Popularity bias@k: the mean popularity percentile of the first k items (the share of the
 * catalog strictly less popular; 1 = the best seller, 0 = the least sold). Neither direction is
 * better: it says how much a model leans on the head of the catalog.
 */
public final class PopularityBias extends ItemMeanMetric {
  private final ItemStatistics statistics;

  public PopularityBias(int k, ItemStatistics statistics) {
    super("PopBias", k);
    this.statistics = statistics;
  }

  @Override
  double valueOf(int item) {
    return statistics.percentile(item);
  }
}

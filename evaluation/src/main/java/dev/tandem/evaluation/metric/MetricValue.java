package dev.tandem.evaluation.metric;

/**
 * One aggregated metric value.
 *
 * @param name the measure, e.g. {@code NDCG}
 * @param k the cut-off (list depth), 0 when the measure has none
 * @param value the aggregate (NaN when no case was measurable)
 * @param count the test cases that contributed
 * @param direction which way is better
 */
public record MetricValue(String name, int k, double value, int count, Direction direction) {

  /** {@code NDCG@10}, or just the name when there is no cut-off. */
  public String label() {
    return k > 0 ? name + "@" + k : name;
  }
}

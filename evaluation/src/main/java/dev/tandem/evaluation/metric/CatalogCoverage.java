package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;
import java.util.BitSet;
import java.util.List;

/**
 * Catalog coverage@k: the share of the training catalog that appears in at least one top-k list.
 * The per-case value is the list's first k items; the aggregate counts the distinct ones.
 */
public final class CatalogCoverage implements Metric<int[]> {
  private final int k;
  private final int catalogSize;

  public CatalogCoverage(int k, int catalogSize) {
    this.k = k;
    this.catalogSize = catalogSize;
  }

  @Override
  public String name() {
    return "Coverage";
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
  public int[] measure(TestCase testCase, Recommendations recommendations) {
    int[] items = new int[Math.min(k, recommendations.size())];
    for (int r = 0; r < items.length; r++) {
      items[r] = recommendations.item(r);
    }
    return items;
  }

  @Override
  public MetricValue aggregate(List<int[]> values) {
    BitSet seen = new BitSet(catalogSize);
    for (int[] items : values) {
      for (int item : items) {
        seen.set(item);
      }
    }
    double value = catalogSize == 0 ? Double.NaN : seen.cardinality() / (double) catalogSize;
    return new MetricValue(name(), k, value, values.size(), direction());
  }
}

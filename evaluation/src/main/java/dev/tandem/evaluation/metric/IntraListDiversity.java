package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;

/**
 * Intra-list diversity@k: the mean dissimilarity of the pairs of the first k items. When the
 * catalog has categories, two items are dissimilar (1) when their categories differ or either has
 * none, else 0. Without categories (Online Retail, retail.dat), dissimilarity is 1 − the cosine of
 * the two items' training baskets: 1 − together / √(baskets(a) × baskets(b)), 1 when either was
 * never bought. Lists of fewer than 2 items are not measured.
 */
public final class IntraListDiversity extends MeanMetric {
  private final ItemStatistics statistics;

  public IntraListDiversity(int k, ItemStatistics statistics) {
    super("Diversity", k);
    this.statistics = statistics;
  }

  @Override
  public Double measure(TestCase testCase, Recommendations recommendations) {
    int depth = depth(recommendations);
    if (depth < 2) {
      return Double.NaN;
    }
    double sum = 0;
    for (int a = 0; a < depth; a++) {
      for (int b = a + 1; b < depth; b++) {
        sum += dissimilarity(recommendations.item(a), recommendations.item(b));
      }
    }
    return sum / (depth * (depth - 1) / 2.0);
  }

  double dissimilarity(int a, int b) {
    if (statistics.categorised()) {
      int category = statistics.category(a);
      return category >= 0 && category == statistics.category(b) ? 0 : 1;
    }
    double norm = Math.sqrt((double) statistics.count(a) * statistics.count(b));
    return norm == 0 ? 1 : 1 - statistics.together(a, b) / norm;
  }
}

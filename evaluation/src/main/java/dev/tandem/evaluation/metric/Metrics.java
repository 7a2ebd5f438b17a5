package dev.tandem.evaluation.metric;

import java.util.ArrayList;
import java.util.List;

/** The metric sets reports use. */
public final class Metrics {
  /** How deep AUC looks into each list; candidates below tie. */
  public static final int AUC_DEPTH = 100;

  private Metrics() {}

  /**
   * Every metric at cut-off k: HR, Precision, Recall, F1, NDCG, MAP, MRR, Revenue, AUC (full over
   * candidates, lists {@value #AUC_DEPTH} deep), Coverage, Diversity, Novelty, PopBias.
   */
  public static List<Metric<?>> standard(int k, ItemStatistics statistics) {
    int items = statistics.itemCount();
    return List.of(
        new HitRate(k), new Precision(k), new Recall(k), new F1(k), new Ndcg(k),
        new AveragePrecision(k), new ReciprocalRank(k), new Revenue(k),
        Auc.full(Math.max(k, AUC_DEPTH), items), new CatalogCoverage(k, items),
        new IntraListDiversity(k, statistics), new Novelty(k, statistics),
        new PopularityBias(k, statistics));
  }

  /**
   * The {@link #standard} metrics plus those a protocol's headline names that are not standard
   * ({@code UpliftShare} for the up-sell protocols).
   */
  public static List<Metric<?>> forHeadline(List<String> headline, int k,
      ItemStatistics statistics) {
    List<Metric<?>> metrics = new ArrayList<>(standard(k, statistics));
    if (headline.contains("UpliftShare")) {
      metrics.add(new UpliftShare(k));
    }
    return List.copyOf(metrics);
  }
}

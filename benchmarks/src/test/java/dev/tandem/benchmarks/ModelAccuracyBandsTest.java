package dev.tandem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.evaluation.protocol.Benchmark;
import dev.tandem.evaluation.protocol.DataFiles;
import dev.tandem.evaluation.protocol.Protocol;
import dev.tandem.evaluation.protocol.Sources;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.factors.Ease;
import dev.tandem.recommend.factors.ImplicitAls;
import dev.tandem.recommend.neighbours.ItemKnn;
import dev.tandem.recommend.sessions.SessionKnn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy bands on OR-BC (the bundled Online Retail file): each model with its defaults must stay
 * within ±0.025 of the HR@10 and NDCG@10 recorded in docs/models.md, so a silent loss of quality
 * (or an unexplained jump) fails the build. Skipped when the data file is not found.
 */
class ModelAccuracyBandsTest {
  private static final double BAND = 0.025;
  private static Benchmark orBc;

  @BeforeAll
  static void load() {
    assumeTrue(
        DataFiles.onlineRetail().isPresent(), "skipped: data/online_retail.csv.gz not found");
    orBc = Protocol.OR_BC.build(Sources.found());
  }

  private static void assertBand(Trainer trainer, double hitRate, double ndcg) {
    double[][] perCase = ModelQuality.score(orBc, trainer.train(orBc.training()));
    double hits = 0;
    double gain = 0;
    for (double[] values : perCase) {
      hits += values[0];
      gain += values[1];
    }
    assertThat(hits / perCase.length).as("%s HR@10", trainer.algorithm())
        .isCloseTo(hitRate, within(BAND));
    assertThat(gain / perCase.length).as("%s NDCG@10", trainer.algorithm())
        .isCloseTo(ndcg, within(BAND));
  }

  @Test
  void itemKnn() {
    assertBand(ItemKnn.defaults(), ITEM_KNN_HR, ITEM_KNN_NDCG);
  }

  @Test
  void implicitAls() {
    assertBand(ImplicitAls.defaults(), ALS_HR, ALS_NDCG);
  }

  @Test
  void ease() {
    assertBand(Ease.defaults(), EASE_HR, EASE_NDCG);
  }

  @Test
  void sessionKnn() {
    assertBand(SessionKnn.defaults(), SESSION_HR, SESSION_NDCG);
  }

  // recorded with benchmarks/quality.sh (docs/models.md)
  private static final double ITEM_KNN_HR = 0.1706;
  private static final double ITEM_KNN_NDCG = 0.1069;
  private static final double ALS_HR = 0.2034;
  private static final double ALS_NDCG = 0.1185;
  private static final double EASE_HR = 0.2977;
  private static final double EASE_NDCG = 0.1777;
  private static final double SESSION_HR = 0.1908;
  private static final double SESSION_NDCG = 0.1149;
}

package dev.tandem.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.evaluation.metric.HitRate;
import dev.tandem.evaluation.metric.Metric;
import dev.tandem.evaluation.metric.Ndcg;
import dev.tandem.evaluation.metric.Revenue;
import dev.tandem.evaluation.metric.UpliftShare;
import dev.tandem.evaluation.protocol.Benchmark;
import dev.tandem.evaluation.protocol.OrUpSell;
import dev.tandem.evaluation.protocol.RealData;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy bands on OR-UP ANY (bundled Online Retail): the engine's up-sell and the two baselines
 * must stay within ±0.01 of the values measured when the band was set, and the engine must rank
 * the held-out upgrade better (HR@10, NDCG@10) than both baselines.
 */
class UpSellBandsTest {
  private static final double BAND = 0.01;
  private static EvaluationReport report;

  @BeforeAll
  static void evaluate() {
    Benchmark benchmark = OrUpSell.build(RealData.onlineRetail(), OrUpSell.Variant.ANY);
    List<Metric<?>> metrics =
        List.of(new HitRate(10), new Ndcg(10), new Revenue(10), new UpliftShare(10));
    report = new EvaluationRunner(2, Clock.systemUTC()).run(benchmark, Algorithms.trainers(List.of(
        "tandem-upsell-conversion", "tandem-upsell-revenue", "pricier-popular",
        "pricier-nearest")), metrics, 10);
    for (AlgorithmResult result : report.algorithms()) {
      System.out.println(result.algorithm() + ": " + result.metrics());
    }
  }

  @Test
  void engineConversion_beatsBothBaselinesOnHitRateAndNdcg() {
    for (String label : List.of("HR@10", "NDCG@10")) {
      double engine = value("tandem-upsell-conversion", label);
      assertThat(engine).as(label).isGreaterThan(value("pricier-popular", label))
          .isGreaterThan(value("pricier-nearest", label));
    }
  }

  @Test
  void engineRevenue_capturesMoreUpliftThanTheNearestPrice() {
    assertThat(value("tandem-upsell-revenue", "UpliftShare@10"))
        .isGreaterThan(value("tandem-upsell-conversion", "UpliftShare@10"))
        .isGreaterThan(value("pricier-nearest", "UpliftShare@10"));
  }

  @Test
  void everyAlgorithm_withinBand() {
    // measured 2026-11-23 (HR@10, NDCG@10, UpliftShare@10)
    assertBand("tandem-upsell-conversion", ENGINE_CONVERSION);
    assertBand("tandem-upsell-revenue", ENGINE_REVENUE);
    assertBand("pricier-popular", POPULAR);
    assertBand("pricier-nearest", NEAREST);
  }

  static final double[] ENGINE_CONVERSION = {0.8223, 0.5494, 0.7385};
  static final double[] ENGINE_REVENUE = {0.7609, 0.4802, 0.7939};
  static final double[] POPULAR = {0.8046, 0.5220, 0.8687};
  static final double[] NEAREST = {0.8025, 0.5184, 0.7293};

  private static void assertBand(String algorithm, double[] expected) {
    assertThat(value(algorithm, "HR@10")).as(algorithm).isCloseTo(expected[0], within(BAND));
    assertThat(value(algorithm, "NDCG@10")).as(algorithm).isCloseTo(expected[1], within(BAND));
    assertThat(value(algorithm, "UpliftShare@10")).as(algorithm)
        .isCloseTo(expected[2], within(BAND));
  }

  private static double value(String algorithm, String label) {
    return report.algorithms().stream().filter(r -> r.algorithm().equals(algorithm)).findFirst()
        .orElseThrow().metric(label).value();
  }
}

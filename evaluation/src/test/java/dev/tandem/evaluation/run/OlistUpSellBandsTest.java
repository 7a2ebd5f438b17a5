package dev.tandem.evaluation.run;

import static dev.tandem.evaluation.run.UpSellBandsTest.assertBand;
import static dev.tandem.evaluation.run.UpSellBandsTest.assertBeatsBothBaselines;

import dev.tandem.evaluation.protocol.Olist;
import dev.tandem.evaluation.protocol.OlistUpSell;
import dev.tandem.evaluation.protocol.RealData;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy bands on OLIST-UP (shared/data/olist; skipped when absent, failed with {@code
 * CI=true}), default rules: the engine's up-sell (conversion objective) must beat both baselines
 * on HR@10 and UpliftShare@10 (and NDCG@10), and every algorithm stay within ±0.01 of the values
 * measured when the band was set.
 */
class OlistUpSellBandsTest {
  private static EvaluationReport report;

  @BeforeAll
  static void evaluate() {
    report = UpSellBandsTest.run(OlistUpSell.build(Olist.read(RealData.olist())));
  }

  @Test
  void engineConversion_beatsBothBaselines() {
    assertBeatsBothBaselines(report, "tandem-upsell-conversion",
        List.of("HR@10", "NDCG@10", "UpliftShare@10"));
  }

  @Test
  void engineRevenue_capturesMoreUpliftThanBothBaselines() {
    assertBeatsBothBaselines(report, "tandem-upsell-revenue", List.of("UpliftShare@10"));
  }

  @Test
  void everyAlgorithm_withinBand() {
    // measured 2026-12-05 (HR@10, NDCG@10, UpliftShare@10), default rules
    assertBand(report, "tandem-upsell-conversion", 0.2994, 0.1737, 0.2971);
    assertBand(report, "tandem-upsell-revenue", 0.1334, 0.0790, 0.2953);
    assertBand(report, "pricier-popular", 0.2583, 0.1404, 0.2483);
    assertBand(report, "pricier-nearest", 0.0906, 0.0436, 0.0282);
  }
}

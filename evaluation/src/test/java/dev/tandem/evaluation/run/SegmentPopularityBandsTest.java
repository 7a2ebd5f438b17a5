package dev.tandem.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.evaluation.protocol.Benchmark;
import dev.tandem.evaluation.protocol.OrNextPurchases;
import dev.tandem.evaluation.protocol.OrNextPurchases.Variant;
import dev.tandem.evaluation.protocol.RealData;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Segment-aware popularity against global popularity on OR-NEXT NEW (customers' next purchases of
 * items new to them): bands ±0.01 of the values in docs/segments.md, and the segment lists must
 * stay ahead of the global list.
 */
class SegmentPopularityBandsTest {

  @Test
  void orNextNew_segmentPopularityBeatsGlobalPopularity() {
    Benchmark benchmark = OrNextPurchases.build(RealData.onlineRetail(), Variant.NEW);
    EvaluationReport report = new EvaluationRunner(2, Clock.systemUTC()).run(benchmark,
        Algorithms.trainers(List.of("popularity", "segment-popularity")), benchmark.k());
    AlgorithmResult global = report.algorithms().get(0);
    AlgorithmResult segments = report.algorithms().get(1);
    assertThat(segments.metric("Recall@20").value()).isCloseTo(0.0474, within(0.01))
        .isGreaterThan(global.metric("Recall@20").value());
    assertThat(segments.metric("NDCG@20").value()).isCloseTo(0.0457, within(0.01))
        .isGreaterThan(global.metric("NDCG@20").value());
    assertThat(segments.metric("HR@20").value()).isGreaterThan(global.metric("HR@20").value());
  }
}

package dev.tandem.evaluation.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed values. The case: cart {0}; relevant 3 (worth 10) and 7 (worth 5) plus one item
 * training never saw, so |relevant| = 3; the list is 5, 3, 9, 7, 1: hits at 1-based ranks 2 and 4.
 */
class AccuracyMetricsTest {
  static final TestCase CASE =
      TestCase.of(0, Query.forItems(0), new int[] {3, 7}, new double[] {10, 5}, 1);
  static final Recommendations LIST = list(5, 3, 9, 7, 1);

  static Recommendations list(int... items) {
    float[] scores = new float[items.length];
    for (int i = 0; i < items.length; i++) {
      scores[i] = items.length - i;
    }
    return new Recommendations(items, scores);
  }

  @Test
  void precision_hitsOverK() {
    assertThat(new Precision(5).measure(CASE, LIST)).isEqualTo(0.4);
    assertThat(new Precision(3).measure(CASE, LIST)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(new Precision(10).measure(CASE, LIST)).isEqualTo(0.2);
  }

  @Test
  void recall_hitsOverMinKAndRelevantIncludingUnseen() {
    assertThat(new Recall(5).measure(CASE, LIST)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(new Recall(3).measure(CASE, LIST)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(new Recall(2).measure(CASE, LIST)).isEqualTo(0.5);
  }

  @Test
  void f1_harmonicMean() {
    assertThat(new F1(5).measure(CASE, LIST)).isCloseTo(0.5, within(1e-12));
    assertThat(new F1(1).measure(CASE, LIST)).isEqualTo(0.0);
  }

  @Test
  void hitRate_anyHitWithinK() {
    assertThat(new HitRate(2).measure(CASE, LIST)).isEqualTo(1.0);
    assertThat(new HitRate(1).measure(CASE, LIST)).isEqualTo(0.0);
  }

  @Test
  void ndcg_binaryRelevanceOverIdeal() {
    double dcg = 1 / log2(3) + 1 / log2(5);
    double ideal = 1 + 1 / log2(3) + 0.5;
    assertThat(new Ndcg(5).measure(CASE, LIST)).isCloseTo(dcg / ideal, within(1e-12));
    assertThat(new Ndcg(5).measure(CASE, LIST)).isCloseTo(0.498190, within(1e-6));
    TestCase single = TestCase.of(1, Query.forItems(), new int[] {9}, new double[] {0}, 0);
    assertThat(new Ndcg(10).measure(single, LIST)).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void averagePrecision_precisionAtHitsOverMinKRelevant() {
    assertThat(new AveragePrecision(5).measure(CASE, LIST)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(new AveragePrecision(2).measure(CASE, LIST)).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void reciprocalRank_firstHit() {
    assertThat(new ReciprocalRank(5).measure(CASE, LIST)).isEqualTo(0.5);
    assertThat(new ReciprocalRank(1).measure(CASE, LIST)).isEqualTo(0.0);
  }

  @Test
  void revenue_valuesOfHitsWithinK() {
    assertThat(new Revenue(5).measure(CASE, LIST)).isEqualTo(15.0);
    assertThat(new Revenue(3).measure(CASE, LIST)).isEqualTo(10.0);
    assertThat(new Revenue(1).measure(CASE, LIST)).isEqualTo(0.0);
  }

  @Test
  void meanMetric_skipsCasesWithNothingRelevant() {
    TestCase nothing = TestCase.of(1, Query.forItems(), new int[0], new double[0], 0);
    HitRate hr = new HitRate(2);
    MetricValue value = hr.aggregate(List.of(hr.measure(CASE, LIST), hr.measure(nothing, LIST),
        hr.measure(CASE, list(1))));
    assertThat(value).isEqualTo(new MetricValue("HR", 2, 0.5, 2, Direction.HIGHER_IS_BETTER));
    assertThat(value.label()).isEqualTo("HR@2");
  }

  @Test
  void coverage_distinctItemsOfTopKOverCatalog() {
    CatalogCoverage coverage = new CatalogCoverage(2, 10);
    MetricValue value = coverage.aggregate(List.of(
        coverage.measure(CASE, list(1, 2, 3)), coverage.measure(CASE, list(3, 4)),
        coverage.measure(CASE, list(2))));
    assertThat(value.value()).isEqualTo(0.4);
    assertThat(value.count()).isEqualTo(3);
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}

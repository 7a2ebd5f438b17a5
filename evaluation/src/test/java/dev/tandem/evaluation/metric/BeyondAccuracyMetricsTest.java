package dev.tandem.evaluation.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Query;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import org.junit.jupiter.api.Test;

/**
 * Baskets {A,B}, {A,C}, {A,B}, {D}: A is in 3 of 4, B in 2, C and D in 1. Indices A=0, B=1, C=2,
 * D=3.
 */
class BeyondAccuracyMetricsTest {
  private static final TestCase ANY = TestCase.of(0, Query.forItems(), new int[0], new double[0],
      0);

  static Snapshot snapshot(String categoryA, String categoryB, String categoryC) {
    SnapshotBuilder builder = new SnapshotBuilder()
        .item("A", "a", categoryA, 1).item("B", "b", categoryB, 1)
        .item("C", "c", categoryC, 1).item("D", "d", null, 1);
    String[][] baskets = {{"A", "B"}, {"A", "C"}, {"A", "B"}, {"D"}};
    for (int b = 0; b < baskets.length; b++) {
      for (String item : baskets[b]) {
        builder.event(null, item, "o" + b, EventType.PURCHASE, 1, 1, b);
      }
    }
    return builder.build(EventWeights.DEFAULT);
  }

  private static final ItemStatistics PLAIN = ItemStatistics.of(snapshot(null, null, null));

  @Test
  void statistics_countsPercentilesAndTogether() {
    assertThat(PLAIN.population()).isEqualTo(4);
    assertThat(new int[] {PLAIN.count(0), PLAIN.count(1), PLAIN.count(2), PLAIN.count(3)})
        .containsExactly(3, 2, 1, 1);
    assertThat(PLAIN.percentile(0)).isEqualTo(1.0);
    assertThat(PLAIN.percentile(1)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(PLAIN.percentile(2)).isEqualTo(0.0);
    assertThat(PLAIN.together(0, 1)).isEqualTo(2);
    assertThat(PLAIN.together(1, 2)).isZero();
  }

  @Test
  void novelty_meanSelfInformation() {
    double expected = (-log2(3 / 4.0) + 2) / 2;
    assertThat(new Novelty(10, PLAIN).measure(ANY, AccuracyMetricsTest.list(0, 2)))
        .isCloseTo(expected, within(1e-12));
    assertThat(new Novelty(10, PLAIN).measure(ANY, AccuracyMetricsTest.list())).isNaN();
  }

  @Test
  void popularityBias_meanPercentile() {
    assertThat(new PopularityBias(10, PLAIN).measure(ANY, AccuracyMetricsTest.list(0, 1)))
        .isCloseTo(5 / 6.0, within(1e-12));
    assertThat(new PopularityBias(1, PLAIN).measure(ANY, AccuracyMetricsTest.list(2, 0)))
        .isEqualTo(0.0);
  }

  @Test
  void diversity_coPurchaseWithoutCategories() {
    double ab = 1 - 2 / Math.sqrt(6);
    double ac = 1 - 1 / Math.sqrt(3);
    double bc = 1;
    assertThat(new IntraListDiversity(10, PLAIN).measure(ANY, AccuracyMetricsTest.list(0, 1, 2)))
        .isCloseTo((ab + ac + bc) / 3, within(1e-12));
    assertThat(new IntraListDiversity(10, PLAIN).measure(ANY, AccuracyMetricsTest.list(0)))
        .isNaN();
  }

  @Test
  void diversity_byCategoryWhenTheCatalogHasThem() {
    ItemStatistics categorised = ItemStatistics.of(snapshot("mugs", "mugs", "cards"));
    assertThat(categorised.categorised()).isTrue();
    // pairs AB same (0); AC, AD, BC, BD, CD differ or lack a category (1): 5/6
    assertThat(new IntraListDiversity(10, categorised)
        .measure(ANY, AccuracyMetricsTest.list(0, 1, 2, 3))).isCloseTo(5 / 6.0, within(1e-12));
  }

  @org.junit.jupiter.api.RepeatedTest(3)
  void together_bitSetsAgreeWithMergedLists(org.junit.jupiter.api.RepetitionInfo repetition) {
    java.util.SplittableRandom random =
        new java.util.SplittableRandom(repetition.getCurrentRepetition());
    SnapshotBuilder builder = new SnapshotBuilder();
    int items = 15;
    for (int order = 0; order < 3000; order++) {
      for (int item = 0; item < items; item++) {
        // items 0-11 are in an order with chance (i+1)/24 (bit sets); 12-14 with 1/200 (lists)
        if (item < 12 ? random.nextInt(24) <= item : random.nextInt(200) == 0) {
          builder.event(null, "i" + item, "o" + order, EventType.PURCHASE, 1, 1, order);
        }
      }
    }
    Snapshot snapshot = builder.build(EventWeights.DEFAULT);
    ItemStatistics statistics = ItemStatistics.of(snapshot);
    dev.tandem.dataset.CsrMatrix holders = snapshot.basketItems().transpose();
    for (int a = 0; a < snapshot.itemCount(); a++) {
      for (int b = 0; b < snapshot.itemCount(); b++) {
        java.util.Set<Integer> left = new java.util.HashSet<>();
        for (int basket : holders.row(a)) {
          left.add(basket);
        }
        int expected = 0;
        for (int basket : holders.row(b)) {
          expected += left.contains(basket) ? 1 : 0;
        }
        assertThat(statistics.together(a, b)).as("%d, %d", a, b).isEqualTo(expected);
      }
    }
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}

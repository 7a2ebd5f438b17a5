package dev.tandem.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.evaluation.metric.MetricValue;
import dev.tandem.evaluation.protocol.Benchmark;
import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.popularity.GlobalPopularity;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The runner on a small seeded benchmark scored by popularity. */
class EvaluationRunnerTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"),
      ZoneOffset.UTC);

  /** Item i is in i+1 of 20 orders, so popularity ranks 19, 18, 17, ... */
  static Snapshot shop() {
    SnapshotBuilder builder = new SnapshotBuilder();
    for (int item = 0; item < 20; item++) {
      for (int order = 0; order <= item; order++) {
        builder.event("u" + order % 4, "i" + item, "o" + order, EventType.PURCHASE, 1, 1, order);
      }
    }
    return builder.build(EventWeights.DEFAULT);
  }

  static Benchmark benchmark(Snapshot snapshot, int cases, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<TestCase> testCases = new ArrayList<>();
    for (int c = 0; c < cases; c++) {
      int cart = random.nextInt(20);
      int hidden = random.nextInt(20);
      testCases.add(TestCase.of(c, Query.forItems(cart), new int[] {hidden}, new double[] {2}, 0));
    }
    return new Benchmark("TINY", "seeded", snapshot, testCases, Map.of("queries", (long) cases),
        5, List.of("HR", "NDCG"));
  }

  @Test
  void run_sameReportOnOneOrTwoThreads() {
    Benchmark benchmark = benchmark(shop(), 500, 7);
    List<Trainer> trainers = List.of(GlobalPopularity.byOrders());
    EvaluationReport one = new EvaluationRunner(1, CLOCK).run(benchmark, trainers, 5);
    EvaluationReport two = new EvaluationRunner(2, CLOCK).run(benchmark, trainers, 5);
    assertThat(two.algorithms().get(0).metrics()).isEqualTo(one.algorithms().get(0).metrics());
    assertThat(one.headline()).containsExactly("HR@5", "NDCG@5");
    assertThat(one.testCases()).isEqualTo(500);
  }

  @Test
  void run_hitRateMatchesBruteForce() {
    Snapshot shop = shop();
    Benchmark benchmark = benchmark(shop, 300, 11);
    EvaluationReport report =
        new EvaluationRunner(2, CLOCK).run(benchmark, List.of(GlobalPopularity.byOrders()), 5);
    int hits = 0;
    for (TestCase c : benchmark.testCases()) {
      int hidden = c.relevant()[0];
      int cart = c.query().items()[0];
      // popularity's top 5 outside the cart: the 5 highest indices other than the cart item
      int above = 19 - hidden - (cart > hidden ? 1 : 0);
      hits += hidden != cart && above < 5 ? 1 : 0;
    }
    MetricValue hr = report.algorithms().get(0).metric("HR@5");
    assertThat(hr.value()).isEqualTo(hits / 300.0);
    assertThat(hr.count()).isEqualTo(300);
    assertThat(report.algorithms().get(0).metric("Revenue@5").value()).isEqualTo(2 * hits / 300.0);
  }

  @Test
  void scorer_overAsksAndDropsExcludedItems() {
    Snapshot shop = shop();
    TestCase excluding = new TestCase(0, Query.forItems(), new int[] {14}, new double[] {1}, 0,
        new int[] {19, 18, 16});
    CaseScorer scorer = new CaseScorer(GlobalPopularity.byOrders().train(shop),
        List.of(new dev.tandem.evaluation.metric.HitRate(3)), 3);
    assertThat(scorer.recommend(excluding).items()).containsExactly(17, 15, 14);
  }

  @Test
  void algorithms_knownNamesAndClearError() {
    assertThat(Algorithms.names()).contains("popularity", "rules", "trending-popularity");
    assertThat(Algorithms.trainer(" Popularity ").algorithm()).isEqualTo("popularity");
    assertThatThrownBy(() -> Algorithms.trainer("magic"))
        .hasMessageContaining("unknown algorithm 'magic'").hasMessageContaining("popularity");
  }
}

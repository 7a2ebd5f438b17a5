package dev.tandem.evaluation.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Catalog of 10 items, cart {0}: 9 candidates, relevant 3 and 7, so 7 irrelevant candidates. In
 * the list 5, 3, 9, 7, 1 item 3 beats 6 of them and item 7 beats 5: AUC = 11/14.
 */
class AucTest {
  private static final TestCase CASE = AccuracyMetricsTest.CASE;
  private static final Recommendations LIST = AccuracyMetricsTest.LIST;

  @Test
  void full_allListed() {
    assertThat(Auc.full(5, 10).measure(CASE, LIST)).isCloseTo(11 / 14.0, within(1e-12));
  }

  @Test
  void full_unlistedItemsTie() {
    // depth 2: 5, 3 listed; item 3 beats 6; item 7 loses to 5 and ties with the other 6 → 3.
    assertThat(Auc.full(2, 10).measure(CASE, LIST)).isCloseTo(9 / 14.0, within(1e-12));
    assertThat(Auc.full(5, 10).measure(CASE, AccuracyMetricsTest.list())).isEqualTo(0.5);
  }

  @Test
  void full_excludedItemsAreNotCandidates() {
    TestCase excluding = new TestCase(0, Query.forItems(0), new int[] {3, 7}, new double[] {1, 1},
        0, new int[] {5});
    // without 5: 6 irrelevant candidates; 3 beats all 6, 7 is below 9 → beats 5.
    assertThat(Auc.full(5, 10).measure(excluding, AccuracyMetricsTest.list(3, 9, 7, 1)))
        .isCloseTo(11 / 12.0, within(1e-12));
  }

  @RepeatedTest(5)
  void sampled_agreesWithBruteForceOnRandomLists(
      org.junit.jupiter.api.RepetitionInfo repetition) {
    SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
    int catalog = 30;
    int[] order = random.ints(0, catalog).distinct().limit(catalog).toArray();
    int[] relevant = {order[3], order[17], order[25]};
    int[] listed = java.util.Arrays.copyOfRange(order, 1, 21);
    TestCase testCase =
        TestCase.of(7, Query.forItems(order[0]), relevant, new double[3], 0);
    Recommendations list = AccuracyMetricsTest.list(listed);
    double exact = bruteForce(testCase, listed, catalog);
    assertThat(Auc.full(20, catalog).measure(testCase, list)).isCloseTo(exact, within(1e-12));
    double sampled = Auc.sampled(20, catalog, 20_000, 42).measure(testCase, list);
    assertThat(sampled).isCloseTo(exact, within(0.01));
    assertThat(Auc.sampled(20, catalog, 20_000, 42).measure(testCase, list)).isEqualTo(sampled);
  }

  /** Every (relevant, irrelevant candidate) pair compared by rank, unlisted items tied at 20. */
  private static double bruteForce(TestCase testCase, int[] listed, int catalog) {
    int[] rank = new int[catalog];
    java.util.Arrays.fill(rank, listed.length);
    for (int r = 0; r < listed.length; r++) {
      rank[listed[r]] = r;
    }
    double won = 0;
    int pairs = 0;
    for (int positive : testCase.relevant()) {
      for (int negative = 0; negative < catalog; negative++) {
        if (!testCase.query().contains(negative) && !testCase.isRelevant(negative)) {
          won += rank[positive] < rank[negative] ? 1 : rank[positive] == rank[negative] ? 0.5 : 0;
          pairs++;
        }
      }
    }
    return won / pairs;
  }
}

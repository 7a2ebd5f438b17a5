package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;

/** Which of the first k recommendations are relevant. */
final class Hits {
  private Hits() {}

  /** hit[r] is true when the item at 0-based rank r is relevant; length min(k, size). */
  static boolean[] of(TestCase testCase, Recommendations recommendations, int k) {
    boolean[] hits = new boolean[Math.min(k, recommendations.size())];
    for (int r = 0; r < hits.length; r++) {
      hits[r] = testCase.isRelevant(recommendations.item(r));
    }
    return hits;
  }

  static int count(boolean[] hits) {
    int count = 0;
    for (boolean hit : hits) {
      count += hit ? 1 : 0;
    }
    return count;
  }

  /** Recall's denominator: min(k, relevant items), seen in training or not. */
  static int recallDenominator(TestCase testCase, int k) {
    return Math.min(k, testCase.relevantCount());
  }
}

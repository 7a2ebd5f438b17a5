package dev.tandem.evaluation.run;

import dev.tandem.evaluation.metric.Metric;
import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.Recommender;
import java.util.Arrays;
import java.util.List;

/**
 * Scores one test case: asks the model for {@code depth} items plus as many as the case excludes,
 * drops the excluded ones, cuts the list to {@code depth} and measures every metric on it.
 */
record CaseScorer(Recommender model, List<Metric<?>> metrics, int depth) {

  void score(TestCase testCase, Object[][] values, int slot) {
    Recommendations list = recommend(testCase);
    for (int m = 0; m < metrics.size(); m++) {
      values[m][slot] = metrics.get(m).measure(testCase, list);
    }
  }

  Recommendations recommend(TestCase testCase) {
    Recommendations raw = model.recommend(testCase.query(), depth + testCase.excludedCount());
    int[] items = new int[Math.min(depth, raw.size())];
    float[] scores = new float[items.length];
    int kept = 0;
    for (int r = 0; r < raw.size() && kept < items.length; r++) {
      if (!testCase.isExcluded(raw.item(r))) {
        items[kept] = raw.item(r);
        scores[kept++] = raw.score(r);
      }
    }
    return new Recommendations(Arrays.copyOf(items, kept),
        Arrays.copyOf(scores, kept));
  }
}

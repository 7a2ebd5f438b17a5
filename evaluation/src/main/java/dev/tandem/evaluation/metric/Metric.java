package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Recommendations;
import java.util.List;

/**
 * A measure of top-k lists. {@link #measure} sees one test case and its recommendations (best
 * first, the query's and the case's excluded items already removed); it must be thread-safe and
 * keep no state between calls. {@link #aggregate} combines the per-case values, in case order.
 *
 * @param <V> the per-case value
 */
public interface Metric<V> {

  String name();

  /** The cut-off: only the first k recommendations count. */
  int k();

  Direction direction();

  V measure(TestCase testCase, Recommendations recommendations);

  MetricValue aggregate(List<V> values);
}

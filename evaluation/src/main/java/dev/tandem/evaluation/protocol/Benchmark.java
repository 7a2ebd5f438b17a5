package dev.tandem.evaluation.protocol;

import dev.tandem.dataset.Snapshot;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a protocol produces: the training snapshot, the test cases, and the counts it found on the
 * way (rows kept, items, invoices, queries...), in the order the protocol states them.
 *
 * @param name the protocol's name as reports show it (e.g. {@code OR-BC})
 * @param description one line on what is measured
 * @param training the data models are trained on
 * @param testCases the queries with their ground truth, numbered 0, 1, 2...
 * @param counts named counts in protocol order
 * @param k the cut-off the protocol reports (10 or 20)
 * @param headline the metric names the protocol reports, in its order (e.g. HR, NDCG, Revenue)
 */
public record Benchmark(
    String name,
    String description,
    Snapshot training,
    List<TestCase> testCases,
    Map<String, Long> counts,
    int k,
    List<String> headline) {

  public Benchmark {
    testCases = List.copyOf(testCases);
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    headline = List.copyOf(headline);
  }

  /** A named count, failing when the protocol did not record it. */
  public long count(String name) {
    Long value = counts.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no count '" + name + "'; known: " + counts.keySet());
    }
    return value;
  }

  /** The counts as one line, e.g. {@code rows=527725, items=3791, ...}. */
  public String countsText() {
    StringBuilder text = new StringBuilder();
    counts.forEach((n, v) -> text.append(text.length() == 0 ? "" : ", ").append(n).append('=')
        .append(v));
    return text.toString();
  }
}

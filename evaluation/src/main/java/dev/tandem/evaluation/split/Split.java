package dev.tandem.evaluation.split;

import dev.tandem.dataset.Snapshot;
import dev.tandem.evaluation.protocol.Benchmark;
import dev.tandem.evaluation.protocol.TestCase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A training snapshot and the test cases held out of it. */
public record Split(Snapshot training, List<TestCase> testCases) {
  public Split {
    testCases = List.copyOf(testCases);
  }

  /** As a benchmark the runner can run (recall and NDCG headline at k). */
  public Benchmark asBenchmark(String name, int k) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("train events", (long) training.events().size());
    counts.put("train orders", (long) training.basketCount());
    counts.put("users", (long) testCases.size());
    return new Benchmark(name, "customers' held-out purchases", training, testCases, counts, k,
        List.of("Recall", "NDCG"));
  }
}

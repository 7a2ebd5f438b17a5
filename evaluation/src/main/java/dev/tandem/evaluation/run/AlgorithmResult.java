package dev.tandem.evaluation.run;

import dev.tandem.evaluation.metric.MetricValue;
import dev.tandem.recommend.Provenance;
import java.util.List;

/**
 * One algorithm's line of a report.
 *
 * @param algorithm the name it was asked by
 * @param provenance the trained model's provenance (parameters, data fingerprint, seed, version)
 * @param trainingMillis wall time of {@code train}
 * @param modelBytes the model's {@code sizeInBytes()}
 * @param scoringMillis wall time to score every test case
 * @param metrics the aggregated metrics, in the runner's metric order
 */
public record AlgorithmResult(
    String algorithm, Provenance provenance, long trainingMillis, long modelBytes,
    long scoringMillis, List<MetricValue> metrics) {

  public AlgorithmResult {
    metrics = List.copyOf(metrics);
  }

  /** The metric with this label (e.g. {@code HR@10}), or null. */
  public MetricValue metric(String label) {
    return metrics.stream().filter(m -> m.label().equals(label)).findFirst().orElse(null);
  }
}

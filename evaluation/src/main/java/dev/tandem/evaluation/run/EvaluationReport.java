package dev.tandem.evaluation.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of evaluating algorithms on one benchmark.
 *
 * @param protocol the protocol's name, e.g. {@code OR-BC}
 * @param description what it measures
 * @param counts the protocol's cleaning and query counts
 * @param testCases how many cases were scored
 * @param k the protocol's cut-off
 * @param headline labels of the metrics the protocol reports first (e.g. {@code HR@10})
 * @param algorithms one result per algorithm, in the order asked
 * @param environment where it ran: Java version, threads, Tandem version, time
 */
public record EvaluationReport(
    String protocol, String description, Map<String, Long> counts, int testCases, int k,
    List<String> headline, List<AlgorithmResult> algorithms, Map<String, String> environment) {

  public EvaluationReport {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    headline = List.copyOf(headline);
    algorithms = List.copyOf(algorithms);
    environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
  }

  /** Every metric label, in the order of the first algorithm's metrics. */
  public List<String> metricLabels() {
    return algorithms.isEmpty() ? List.of()
        : algorithms.get(0).metrics().stream().map(m -> m.label()).toList();
  }
}

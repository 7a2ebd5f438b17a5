package dev.tandem.evaluation.run;

import dev.tandem.evaluation.metric.ItemStatistics;
import dev.tandem.evaluation.metric.Metric;
import dev.tandem.evaluation.metric.MetricValue;
import dev.tandem.evaluation.metric.Metrics;
import dev.tandem.evaluation.protocol.Benchmark;
import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Recommender;
import dev.tandem.recommend.Trainer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Trains each algorithm on a benchmark's training snapshot and scores its test cases. Cases are
 * scored on {@code threads} threads (case i on thread i mod threads); every per-case metric value
 * lands in its case's slot and is aggregated in case order, so the report is the same for any
 * thread count.
 */
public final class EvaluationRunner {
  private final int threads;
  private final Clock clock;

  public EvaluationRunner(int threads, Clock clock) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.clock = clock;
  }

  /** Two threads, the system clock for the report's timestamp. */
  public static EvaluationRunner standard() {
    return new EvaluationRunner(2, Clock.systemUTC());
  }

  /**
   * Runs with the {@link Metrics#standard standard metrics} at cut-off k, plus the protocol's
   * own headline metrics ({@link Metrics#forHeadline}).
   */
  public EvaluationReport run(Benchmark benchmark, List<Trainer> trainers, int k) {
    ItemStatistics statistics = ItemStatistics.of(benchmark.training());
    return run(benchmark, trainers, Metrics.forHeadline(benchmark.headline(), k, statistics), k);
  }

  public EvaluationReport run(
      Benchmark benchmark, List<Trainer> trainers, List<Metric<?>> metrics, int k) {
    List<AlgorithmResult> results = new ArrayList<>();
    for (Trainer trainer : trainers) {
      results.add(evaluate(benchmark, trainer, metrics));
    }
    List<String> headline = benchmark.headline().stream().map(name -> name + "@" + k).toList();
    return new EvaluationReport(benchmark.name(), benchmark.description(), benchmark.counts(),
        benchmark.testCases().size(), k, headline, results, environment());
  }

  AlgorithmResult evaluate(Benchmark benchmark, Trainer trainer, List<Metric<?>> metrics) {
    long start = System.nanoTime();
    Recommender model = trainer.train(benchmark.training());
    long trained = System.nanoTime();
    Object[][] values = score(model, benchmark.testCases(), metrics);
    long scored = System.nanoTime();
    List<MetricValue> aggregated = new ArrayList<>();
    for (int m = 0; m < metrics.size(); m++) {
      aggregated.add(aggregate(metrics.get(m), values[m]));
    }
    Provenance provenance = model.provenance();
    return new AlgorithmResult(trainer.algorithm(), provenance, (trained - start) / 1_000_000,
        model.sizeInBytes(), (scored - trained) / 1_000_000, aggregated);
  }

  @SuppressWarnings("unchecked")
  private static <V> MetricValue aggregate(Metric<V> metric, Object[] values) {
    return metric.aggregate((List<V>) Arrays.asList(values));
  }

  /** values[metric][case]. */
  private Object[][] score(Recommender model, List<TestCase> cases, List<Metric<?>> metrics) {
    Object[][] values = new Object[metrics.size()][cases.size()];
    int depth = metrics.stream().mapToInt(Metric::k).max().orElse(0);
    CaseScorer scorer = new CaseScorer(model, metrics, depth);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(pool.submit(() -> IntStream.iterate(first, i -> i < cases.size(), i -> i + threads)
            .forEach(i -> scorer.score(cases.get(i), values, i))));
      }
      for (Future<?> part : parts) {
        part.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("scoring failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return values;
  }

  private Map<String, String> environment() {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("tandem", Provenance.VERSION);
    environment.put("java", System.getProperty("java.version"));
    environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    environment.put("processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
    environment.put("scoring threads", Integer.toString(threads));
    environment.put("time", clock.instant().toString());
    return environment;
  }
}

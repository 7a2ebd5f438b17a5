package dev.tandem.benchmarks;

import dev.tandem.evaluation.protocol.Benchmark;
import dev.tandem.evaluation.protocol.DataFiles;
import dev.tandem.evaluation.protocol.Protocol;
import dev.tandem.evaluation.protocol.Sources;
import dev.tandem.evaluation.run.Algorithms;
import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommender;
import dev.tandem.recommend.SparseRows;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.hybrid.Hybrid;
import dev.tandem.recommend.sessions.SessionKnn;
import dev.tandem.recommend.factors.ImplicitAls;
import dev.tandem.recommend.neighbours.ItemKnn;
import dev.tandem.recommend.neighbours.Similarity;
import dev.tandem.rules.Transactions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Model build and scoring speed, in one warm JVM (run it on an idle machine; figures measured while
 * other work runs are not comparable):
 *
 * <ul>
 *   <li>item-kNN build on FIMI retail.dat (all 88,162 baskets), each similarity, median of RUNS;
 *   <li>implicit ALS, 64 factors × 15 iterations, on the OR-NEXT training data, median of RUNS;
 *   <li>latency of scoring a 5-item cart (p50 / p99 over 20,000 carts drawn with a fixed seed) for
 *       the item-kNN and iALS models;
 *   <li>latency of scoring the real carts of OR-BC's and RETAIL-BC's test queries (p50 / p99 over
 *       all of them, twice, the second pass timed) for session-knn with its defaults, session-knn
 *       as tuned for the hybrid, and the hybrid: session-knn's cost grows with how often the cart's
 *       items were bought, which random carts of mostly rare items would hide.
 * </ul>
 *
 * <p>Usage: {@code ModelBenchmark [RUNS]} (default 5); data found above the working directory.
 */
public final class ModelBenchmark {
  private ModelBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    System.out.printf(Locale.ROOT, "java %s, %d cores%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    SparseRows retail = fimiRows(DataFiles.require(DataFiles.fimiRetail(), DataFiles.FIMI_RETAIL));
    for (Similarity similarity : Similarity.values()) {
      ItemKnn trainer = ItemKnn.defaults().withSimilarity(similarity);
      double[] seconds = new double[runs];
      double[] cpu = new double[runs];
      for (int r = 0; r < runs; r++) {
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        trainer.neighbourRows(retail);
        seconds[r] = (System.nanoTime() - start) / 1e9;
        cpu[r] = (processCpuNanos() - cpuStart) / 1e9;
      }
      print("item-knn build retail.dat " + similarity.wireName(), seconds, cpu);
    }
    Benchmark orNext = Protocol.OR_NEXT_ALL.build(Sources.found());
    SparseRows users = Interactions.USERS.rows(orNext.training());
    ImplicitAls als = ImplicitAls.defaults();
    double[] seconds = new double[runs];
    double[] cpu = new double[runs];
    for (int r = 0; r < runs; r++) {
      long cpuStart = processCpuNanos();
      long start = System.nanoTime();
      als.train(orNext.training());
      seconds[r] = (System.nanoTime() - start) / 1e9;
      cpu[r] = (processCpuNanos() - cpuStart) / 1e9;
    }
    print("implicit-als 64x15 OR-NEXT train (" + users.rowCount() + " users, "
        + users.nonZeroCount() + " cells)", seconds, cpu);
    Benchmark orBc = Protocol.OR_BC.build(Sources.found());
    latency("item-knn", ItemKnn.defaults().train(orBc.training()), orBc.training().itemCount());
    latency("implicit-als", als.train(orBc.training()), orBc.training().itemCount());
    Benchmark retailBc = Protocol.RETAIL_BC.build(Sources.found());
    for (Benchmark benchmark : java.util.List.of(orBc, retailBc)) {
      realQueries(benchmark, "session-knn (defaults)", SessionKnn.defaults(), "carts");
      realQueries(benchmark, "session-knn (as in the hybrid)", HYBRID_SESSION_KNN, "carts");
      realQueries(benchmark, "hybrid", Hybrid.defaults(), "carts");
    }
    for (String spec : java.util.List.of("implicit-als", "hybrid-ranker:task=next-purchases")) {
      realQueries(orNext, spec, Algorithms.trainer(spec), "shoppers");
    }
  }

  /** The session-knn setting {@link Hybrid#defaults()} blends. */
  private static final SessionKnn HYBRID_SESSION_KNN = new SessionKnn(300, 10_000, true, 0.3, 4);

  /** Request times over the protocol's own test queries: its carts, or its shoppers. */
  private static void realQueries(
      Benchmark benchmark, String label, Trainer trainer, String what) {
    Recommender model = trainer.train(benchmark.training());
    java.util.List<Query> carts = benchmark.testCases().stream()
        .map(dev.tandem.evaluation.protocol.TestCase::query).toList();
    long[] nanos = new long[carts.size()];
    for (int pass = 0; pass < 2; pass++) {
      for (int q = 0; q < carts.size(); q++) {
        long start = System.nanoTime();
        model.recommend(carts.get(q), 10);
        nanos[q] = System.nanoTime() - start;
      }
    }
    printLatency(benchmark.name() + " " + label + " real " + what + " (" + carts.size() + ")",
        nanos);
  }

  private static void latency(String name, Recommender model, int items) {
    SplittableRandom random = new SplittableRandom(1);
    int count = 20_000;
    long[] nanos = new long[count];
    for (int warm = 0; warm < 2; warm++) {
      for (int q = 0; q < count; q++) {
        int[] cart = new int[5];
        for (int i = 0; i < 5; i++) {
          cart[i] = random.nextInt(items);
        }
        long start = System.nanoTime();
        model.recommend(Query.forItems(cart), 10);
        nanos[q] = System.nanoTime() - start;
      }
    }
    printLatency(name + " 5-item cart", nanos);
  }

  /** p50 and p99 of request times in nanoseconds (sorts them). */
  private static void printLatency(String what, long[] nanos) {
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "%s top-10: p50=%.3f ms p99=%.3f ms%n", what,
        nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
  }

  /**
   * Median wall time, and median CPU time of the whole process (all threads, including the JIT and
   * GC): on a busy machine the CPU time is the steadier figure.
   */
  private static void print(String what, double[] seconds, double[] cpu) {
    System.out.printf(Locale.ROOT, "%s: median %.3f s wall, %.3f s cpu (wall runs %s)%n", what,
        median(seconds), median(cpu), Arrays.toString(seconds));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime() : 0L;
  }

  /** retail.dat baskets as 0/1 rows × items. */
  static SparseRows fimiRows(Path file) throws java.io.IOException {
    Transactions baskets = Transactions.readFimi(file);
    int[] start = new int[baskets.size() + 1];
    int[] items = new int[baskets.totalItems()];
    for (int t = 0; t < baskets.size(); t++) {
      start[t + 1] = start[t] + (baskets.end(t) - baskets.start(t));
      for (int p = baskets.start(t); p < baskets.end(t); p++) {
        items[p - baskets.start(t) + start[t]] = baskets.itemAt(p);
      }
    }
    float[] ones = new float[items.length];
    Arrays.fill(ones, 1f);
    return new SparseRows(baskets.itemCount(), start, items, ones);
  }
}

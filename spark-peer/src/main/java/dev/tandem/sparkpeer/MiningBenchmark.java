package dev.tandem.sparkpeer;

import dev.tandem.rules.FpGrowth;
import dev.tandem.rules.FrequentItemsets;
import dev.tandem.rules.MiningParameters;
import dev.tandem.rules.Transactions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;

/**
 * The "Mining speed" protocol (shared/benchmarks/PROTOCOLS.md), Tandem's FP-Growth against Spark
 * MLlib's in one JVM: retail at 0.05% and 0.01%, chess at 40%. Per setting: warm-ups, then the
 * median wall time of the mining call over the measured runs (data already loaded, Spark's RDD
 * cached), itemset counts of both (which must agree), and Tandem's peak heap. Then the explosive
 * setting, chess at 10%, under a time and a memory budget.
 *
 * <p>Arguments (all optional): {@code --warmups N} (3), {@code --runs N} (5), {@code
 * --spark-cap-seconds S} (600: Spark stops repeating a setting once its runs took this long, and
 * the table says how many it made), {@code --fimi DIR} (found by walking up to shared/data/fimi).
 * {@code --explosive-only} runs only the explosive setting, with the default memory budget (40% of
 * the maximum heap): {@code mining.sh} runs it in a small JVM, where an overshoot would be an
 * OutOfMemoryError rather than a number.
 */
public final class MiningBenchmark {
  private record Setting(String name, Transactions data, double minSupport) {}

  private MiningBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (Arrays.asList(args).contains("--explosive-only")) {
      Path fimi = FimiFiles.directory().orElseThrow();
      System.out.printf(Locale.ROOT, "Explosive setting alone, max heap %d MB%n",
          Runtime.getRuntime().maxMemory() >> 20);
      // the default memory budget: 40% of this JVM's maximum heap
      explosive(Transactions.readFimi(fimi.resolve("chess.dat.gz")), 1,
          MiningParameters.builder().minSupport(0.1).build().memoryBudgetBytes());
      return;
    }
    int warmups = intArg(args, "--warmups", 3);
    int runs = intArg(args, "--runs", 5);
    int sparkCapSeconds = intArg(args, "--spark-cap-seconds", 600);
    Path fimi = stringArg(args, "--fimi") != null ? Path.of(stringArg(args, "--fimi"))
        : FimiFiles.directory().orElseThrow(() -> new IllegalStateException(
            "shared/data/fimi not found above " + Path.of("").toAbsolutePath()
                + "; pass --fimi DIR"));
    Transactions retail = Transactions.readFimi(fimi.resolve("retail.dat.gz"));
    Transactions chess = Transactions.readFimi(fimi.resolve("chess.dat.gz"));
    System.out.printf(Locale.ROOT, "Mining speed, %s %s, %d cores, max heap %d MB%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "warm-ups %d, measured runs %d (median); Tandem threads 2;"
        + " Spark MLlib FPGrowth local[2], 2 partitions%n%n", warmups, runs);

    List<Setting> settings = List.of(
        new Setting("retail 0.05%", retail, 0.0005),
        new Setting("retail 0.01%", retail, 0.0001),
        new Setting("chess 40%", chess, 0.40));
    // Tandem first, with no Spark in the JVM yet (its start-up threads and JIT work would run
    // alongside); then Spark, warmed up on its own.
    int n = settings.size();
    double[] tandemMs = new double[n];
    long[] tandemPeak = new long[n];
    int[] tandemCount = new int[n];
    printLoad("Tandem phase");
    for (int s = 0; s < n; s++) {
      Setting setting = settings.get(s);
      MiningParameters parameters = parameters(setting);
      HeapPeak heap = new HeapPeak();
      long[] nanos = new long[runs];
      long baseline = 0;
      for (int r = -warmups; r < runs; r++) {
        baseline = heap.start();
        long start = System.nanoTime();
        FrequentItemsets mined = FpGrowth.mine(setting.data(), parameters);
        long elapsed = System.nanoTime() - start;
        long peak = heap.peak();
        tandemCount[s] = mined.size();
        if (r >= 0) {
          nanos[r] = elapsed;
          tandemPeak[s] = Math.max(tandemPeak[s], peak);
        }
      }
      tandemMs[s] = medianMillis(nanos, runs);
      System.out.printf(Locale.ROOT, "%s: Tandem %d itemsets, median %.1f ms (runs:%s),"
              + " peak heap %.0f MB (%.0f MB in use before, after GC)%n", setting.name(),
          tandemCount[s], tandemMs[s], millisList(nanos), tandemPeak[s] / 1048576.0,
          baseline / 1048576.0);
    }
    explosive(chess, warmups, 512L << 20);

    double[] sparkMs = new double[n];
    long[] sparkCount = new long[n];
    int[] sparkRuns = new int[n];
    printLoad("Spark phase");
    try (SparkFpGrowth spark = new SparkFpGrowth()) {
      for (int s = 0; s < n; s++) {
        Setting setting = settings.get(s);
        JavaRDD<List<Integer>> rdd = spark.load(setting.data());
        List<Long> nanos = new ArrayList<>();
        long spent = 0;
        for (int r = -Math.min(warmups, 1); r < runs; r++) {
          long start = System.nanoTime();
          sparkCount[s] = spark.countFrequentItemsets(rdd, setting.minSupport());
          long elapsed = System.nanoTime() - start;
          spent += elapsed;
          if (r >= 0) {
            nanos.add(elapsed);
          }
          System.out.printf(Locale.ROOT, "  Spark %s run %d: %d itemsets, %.1f ms%n",
              setting.name(), r, sparkCount[s], elapsed / 1e6);
          if (r >= 0 && spent > sparkCapSeconds * 1_000_000_000L) {
            break;
          }
        }
        rdd.unpersist(true);
        long[] array = nanos.stream().mapToLong(Long::longValue).toArray();
        sparkRuns[s] = array.length;
        sparkMs[s] = medianMillis(array, array.length);
      }
    }
    printLoad("end");

    List<String> rows = new ArrayList<>();
    boolean allEqual = true;
    for (int s = 0; s < n; s++) {
      Setting setting = settings.get(s);
      boolean equal = sparkCount[s] == tandemCount[s];
      allEqual &= equal;
      rows.add(String.format(Locale.ROOT,
          "| %-12s | %9d | %15d | %15d | %-5s | %9.1f | %11.1f | %7.1f× | %10d | %19.0f |",
          setting.name(), parameters(setting).minCount(setting.data().size()), tandemCount[s],
          sparkCount[s], equal ? "yes" : "NO", tandemMs[s], sparkMs[s], sparkMs[s] / tandemMs[s],
          sparkRuns[s], tandemPeak[s] / 1048576.0));
    }
    System.out.println();
    System.out.println("| setting      | min count | Tandem itemsets | Spark itemsets  | equal "
        + "| Tandem ms | Spark ms    | speed-up | Spark runs | Tandem peak heap MB |");
    System.out.println("|--------------|----------:|----------------:|----------------:|-------"
        + "|----------:|------------:|---------:|-----------:|--------------------:|");
    rows.forEach(System.out::println);
    System.out.println();
    System.out.println(allEqual ? "itemset counts agree" : "ITEMSET COUNTS DIFFER");
    if (!allEqual) {
      System.exit(1);
    }
  }

  private static MiningParameters parameters(Setting setting) {
    return MiningParameters.builder().minSupport(setting.minSupport()).threads(2).build();
  }

  private static void printLoad(String phase) {
    System.out.printf(Locale.ROOT, "[%s: system load average %.2f]%n", phase,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage());
  }

  private static String millisList(long[] nanos) {
    StringBuilder out = new StringBuilder();
    for (long n : nanos) {
      out.append(String.format(Locale.ROOT, " %.0f", n / 1e6));
    }
    return out.toString();
  }

  /** Chess at 10%: far more itemsets than fit; the budgets must stop it. */
  private static void explosive(Transactions chess, int warmups, long memoryBudget) {
    Duration timeBudget = Duration.ofSeconds(2);
    MiningParameters parameters = MiningParameters.builder().minSupport(0.10).threads(2)
        .timeBudget(timeBudget).memoryBudgetBytes(memoryBudget).build();
    HeapPeak heap = new HeapPeak();
    System.out.printf(Locale.ROOT, "explosive: chess 10%% (min count %d), time budget %d ms,"
        + " memory budget %d MB%n", parameters.minCount(chess.size()), timeBudget.toMillis(),
        memoryBudget >> 20);
    for (int r = -1; r < 3; r++) {
      heap.start();
      long start = System.nanoTime();
      FrequentItemsets mined = FpGrowth.mine(chess, parameters);
      long nanos = System.nanoTime() - start;
      if (r >= 0) {
        System.out.printf(Locale.ROOT, "  run %d: %s, %d itemsets, %.0f ms, estimated %d MB,"
                + " peak heap %.0f MB%n", r, mined.status(), mined.size(), nanos / 1e6,
            mined.peakEstimatedBytes() >> 20, heap.peak() / 1048576.0);
      }
    }
  }

  private static double medianMillis(long[] nanos, int n) {
    if (n == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, n);
    Arrays.sort(sorted);
    return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6;
  }

  private static int intArg(String[] args, String name, int fallback) {
    String value = stringArg(args, name);
    return value == null ? fallback : Integer.parseInt(value);
  }

  private static String stringArg(String[] args, String name) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return null;
  }
}

package dev.tandem.benchmarks;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.EngineModel;
import dev.tandem.engine.EngineSettings;
import dev.tandem.engine.bundle.ModelBundles;
import dev.tandem.engine.bundle.RestoredModel;
import dev.tandem.recommend.factors.ImplicitAls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * In-process restore time of the Online Retail model from its bundle, before and after the bundle
 * carried the iALS factors: "before" reads the bundle and trains the factors again (what a restore
 * did when they were not saved), "after" reads them with the rest. The two are interleaved round by
 * round, so a loaded machine weighs on both alike; prints each round, the medians and their ratio.
 *
 * <p>Usage: {@code RestoreBenchmark DATA [ROUNDS]}; see {@code benchmarks/restore.sh}.
 */
public final class RestoreBenchmark {
  private RestoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Snapshot snapshot = EngineBenchmark.load(data);
    Path dir = Files.createTempDirectory("tandem-restore-bench");
    ModelBundles bundles = new ModelBundles(dir, 1);
    var manifest = bundles.save(1, EngineModel.build(snapshot),
        ImplicitAls.defaults().train(snapshot),
        new ModelBundles.Details(Instant.now(), 0, "benchmark", 0));
    System.out.printf(Locale.ROOT, "bundle %d bytes; load average %s%n", manifest.dataBytes(),
        Files.readString(Path.of("/proc/loadavg")).trim());
    double[] before = new double[rounds];
    double[] after = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      before[r] = seconds(() -> ImplicitAls.defaults().train(restore(bundles).model().snapshot()));
      after[r] = seconds(() -> restore(bundles).factors());
      System.out.printf(Locale.ROOT, "round %d: before %.2f s, after %.2f s%n", r + 1, before[r],
          after[r]);
    }
    double b = median(before);
    double a = median(after);
    System.out.printf(Locale.ROOT, "median: before %.2f s, after %.2f s, after/before %.2f%n", b,
        a, a / b);
  }

  private static RestoredModel restore(ModelBundles bundles) {
    return bundles.restoreNewest(EngineSettings.defaults(), (bundle, why) -> {
      throw new IllegalStateException(why);
    }).orElseThrow();
  }

  private static double seconds(java.util.function.Supplier<Object> work) {
    long start = System.nanoTime();
    if (work.get() == null) {
      throw new IllegalStateException("nothing restored");
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

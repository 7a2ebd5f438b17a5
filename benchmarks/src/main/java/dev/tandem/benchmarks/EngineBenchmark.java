package dev.tandem.benchmarks;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.Engine;
import dev.tandem.engine.EngineModel;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.BusinessRulesFile;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.engine.pipeline.Offer;
import dev.tandem.ingest.ImportProgress;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Preset;
import dev.tandem.recommend.factors.ImplicitAls;
import dev.tandem.shop.EventWeights;
import dev.tandem.store.Store;
import dev.tandem.store.StoreWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * In-process latency of the engine on Online Retail: cross-sell for an item, a cart and a shopper,
 * and up-sell for an item, each answer with its explanations (every sentence is written). Imports
 * the data into a temporary SQLite store, builds the engine with the default business rules, warms
 * up, then times every request on its own and prints p50, p99 and max per kind, in wall-clock time
 * and in the thread's CPU time.
 *
 * <p>Usage: {@code EngineBenchmark DATA [ROUNDS [MODE] [RULES...]]}; see {@code
 * benchmarks/engine.sh}. MODE {@code all} (default) times the four kinds above on the engine alone;
 * {@code carts} times 5-item carts as the server answers them: the engine with the implicit-ALS
 * model, whose fold-in joins every cart. Each RULES file (business rules) adds an up-sell timing
 * under those rules over the same model, interleaved with the default rules' (default, RULES...,
 * default again), so a loaded machine still gives a fair ratio. Quote absolute figures only from
 * an idle machine (the load average is printed); on a busy one compare before and after in the
 * same session, runs interleaved.
 */
public final class EngineBenchmark {
  static final int K = 10;

  private EngineBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    boolean modeGiven = args.length > 2 && (args[2].equals("all") || args[2].equals("carts"));
    boolean cartsOnly = modeGiven && args[2].equals("carts");
    int firstRules = modeGiven ? 3 : 2;
    Snapshot snapshot = load(data);
    long start = System.nanoTime();
    Engine engine = cartsOnly ? servingEngine(snapshot) : Engine.build(snapshot,
        BusinessRules.defaults(), CatalogFacts.unknown(snapshot.itemCount()));
    System.out.printf(Locale.ROOT, "load average %s; engine built in %.1f s%n",
        Files.readString(Path.of("/proc/loadavg")).trim(), (System.nanoTime() - start) / 1e9);
    if (cartsOnly) {
      int[][] fives = fiveItemCarts(snapshot);
      time("cart of 5", fives.length, c -> engine.crossSellForCart(fives[c], -1, K), rounds);
      return;
    }
    int[][] carts = carts(snapshot);
    int items = snapshot.itemCount();
    int users = snapshot.userCount();
    time("cross-sell item", items, i -> engine.crossSellForItem(i, K), rounds);
    time("cross-sell cart", carts.length, c -> engine.crossSellForCart(carts[c], -1, K), rounds);
    time("cross-sell user", users, u -> engine.crossSellForUser(u, K), rounds);
    time("up-sell item", items, i -> engine.upSell(i, -1, K), rounds);
    for (int file = firstRules; file < args.length; file++) {
      Engine other = Engine.of(engine.model(), BusinessRulesFile.read(Path.of(args[file])),
          CatalogFacts.unknown(snapshot.itemCount()));
      time("up-sell " + Path.of(args[file]).getFileName(), items, i -> other.upSell(i, -1, K),
          rounds);
      time("up-sell item", items, i -> engine.upSell(i, -1, K), rounds);
    }
  }

  /** The engine as the server builds it: with the implicit-ALS model for carts and shoppers. */
  private static Engine servingEngine(Snapshot snapshot) {
    return Engine.of(EngineModel.build(snapshot), BusinessRules.defaults(),
        CatalogFacts.unknown(snapshot.itemCount()),
        new Engine.Serving(null, ImplicitAls.defaults().train(snapshot)));
  }

  static Snapshot load(Path data) throws Exception {
    Path dir = Files.createTempDirectory("tandem-engine-bench");
    Path db = dir.resolve("tandem.db");
    try (Store store = Store.open(db.toString())) {
      try (StoreWriter writer = store.writer()) {
        new Importer(Clock.systemUTC()).run(data, Preset.named("online-retail"), writer,
            dir.resolve("rejects.csv"), ImportProgress.NONE);
      }
      return store.snapshot(EventWeights.DEFAULT);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /** Every 4th order of 2 to 30 items, as a cart. */
  private static int[][] carts(Snapshot snapshot) {
    CsrMatrix baskets = snapshot.basketItems();
    return java.util.stream.IntStream.range(0, baskets.rowCount())
        .filter(b -> b % 4 == 0 && baskets.rowLength(b) >= 2 && baskets.rowLength(b) <= 30)
        .mapToObj(baskets::row).toArray(int[][]::new);
  }

  /** The first 5 items of every order of at least 5, as a cart (what benchmarks/serve.sh posts). */
  private static int[][] fiveItemCarts(Snapshot snapshot) {
    CsrMatrix baskets = snapshot.basketItems();
    return java.util.stream.IntStream.range(0, baskets.rowCount())
        .filter(b -> baskets.rowLength(b) >= 5)
        .mapToObj(b -> Arrays.copyOf(baskets.row(b), 5)).toArray(int[][]::new);
  }

  /**
   * Times each request in wall-clock time and in the thread's CPU time; on a busy machine the CPU
   * time leaves out the time the thread waited for a core (not GC or cache effects).
   */
  private static void time(String name, int count, IntFunction<List<Offer>> request, int rounds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] wall = new long[count];
    long[] cpu = new long[count];
    long sink = 0;
    for (int round = 0; round <= rounds; round++) {
      for (int q = 0; q < count; q++) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (Offer offer : request.apply(q)) {
          sink += offer.reason().sentence().length();
        }
        wall[q] = System.nanoTime() - start;
        cpu[q] = threads.getCurrentThreadCpuTime() - cpuStart;
      }
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    System.out.printf(Locale.ROOT,
        "%-16s requests=%d p50_us=%.1f p99_us=%.1f max_us=%.1f cpu_p50_us=%.1f cpu_p99_us=%.1f"
            + " (last of %d rounds after warm-up; %d)%n", name, count, wall[count / 2] / 1e3,
        wall[(int) (count * 0.99)] / 1e3, wall[count - 1] / 1e3, cpu[count / 2] / 1e3,
        cpu[(int) (count * 0.99)] / 1e3, rounds, sink % 10);
  }
}

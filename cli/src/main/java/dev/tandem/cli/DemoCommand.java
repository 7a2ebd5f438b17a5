package dev.tandem.cli;

import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Preset;
import dev.tandem.server.ServerConfig;
import dev.tandem.server.ServerMain;
import dev.tandem.server.TandemServer;
import dev.tandem.shop.EventWeights;
import dev.tandem.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tandem demo}: the main job on the bundled data. Imports UCI Online Retail into a new
 * embedded store, shows what was imported and the strongest rules, then trains and serves the HTTP
 * API on localhost with example {@code curl} calls until Ctrl-C ({@code --no-serve}: stops after
 * the rules).
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "demo",
    description = {
      "Import the bundled UCI Online Retail data (541,909 lines) into a new SQLite store, show",
      "the import summary and what the store holds, mine the orders for the items most often",
      "bought together, then train the cross-sell and up-sell model and serve the HTTP API on",
      "localhost, printing curl calls to try, until Ctrl-C. Rejected lines are explained in",
      "tandem-data/demo-rejects.csv. --no-serve stops after the import and the rules."
    })
final class DemoCommand implements Callable<Integer> {
  static final String DATA = "data/online_retail.csv.gz";

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where the demo store and rejects go (default: tandem-data under the install).")
  Path dir;

  @Option(names = "--data", paramLabel = "FILE", description = "The Online Retail file to use.")
  Path data;

  @Option(names = "--no-serve", description = "Stop after the import and the rules (for scripts).")
  boolean noServe;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "Port to serve on (default ${DEFAULT-VALUE}; a free one if taken; 0 = any).")
  int port;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path home = Path.of(System.getProperty("tandem.home", "."));
    Path workDir = dir != null ? dir : home.resolve("tandem-data");
    Path source = data != null ? data : home.resolve(DATA);
    if (!Files.isRegularFile(source)) {
      throw new IllegalStateException("the demo data is not at " + source + "; pass --data FILE");
    }
    Path storeFile = freshStore(workDir.resolve("demo.db"), workDir.resolve("demo-models"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("Importing " + source + " into a new store at " + storeFile + " ...");
    try (Store store = Store.open(storeFile.toString())) {
      ImportSummary summary =
          new ImportJob(store, spec.commandLine().getErr())
              .run(source, Preset.named("online-retail"), workDir.resolve("demo-rejects.csv"));
      out.println(summary.render());
      if (!summary.committed()) {
        return 1;
      }
      out.println(StatsReport.render(store.describe(), store.stats(10)));
      DemoRules.print(store.snapshot(EventWeights.DEFAULT), storeFile.toString(), out, !noServe);
    }
    return noServe ? 0 : serve(storeFile, workDir.resolve("demo-models"), out);
  }

  /** Trains the first model, serves the demo store on localhost and prints calls to try. */
  private int serve(Path storeFile, Path models, PrintWriter out) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("host", "127.0.0.1");
    settings.put("port", Integer.toString(Serving.portOrFree("127.0.0.1", port, out)));
    settings.put("store", storeFile.toString());
    settings.put("models-dir", models.toString());
    ServerConfig config = ServerConfig.load(null, Map.of(), settings);
    out.println();
    out.println("Training the cross-sell and up-sell model on the demo store ...");
    out.flush();
    long start = System.nanoTime();
    TandemServer server = ServerMain.start(config).awaitReady();
    String base = "http://127.0.0.1:" + server.port();
    out.printf(Locale.ROOT, "Model ready in %.1f s, saved in %s.%n",
        (System.nanoTime() - start) / 1e9, models);
    out.println("Tandem serves the demo store on " + base + " (Ctrl-C stops it). Try:");
    CurlExamples.print(base, out);
    out.flush();
    return Serving.untilStopped(server);
  }

  private static Path freshStore(Path file, Path models) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      for (String suffix : new String[] {"", "-wal", "-shm"}) {
        Files.deleteIfExists(Path.of(file + suffix));
      }
      deleteTree(models);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the demo store at " + file, e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}

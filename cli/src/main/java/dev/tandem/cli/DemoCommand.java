package dev.tandem.cli;

import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Preset;
import dev.tandem.shop.EventWeights;
import dev.tandem.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tandem demo}: the main job on the bundled data. Imports UCI Online Retail into a new
 * embedded store and shows what was imported; it grows with the product (training, serving).
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "demo",
    description = {
      "Import the bundled UCI Online Retail data (541,909 lines) into a new SQLite store, show",
      "the import summary and what the store holds, then mine the orders for the items most",
      "often bought together. Rejected lines are explained in tandem-data/demo-rejects.csv."
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

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path home = Path.of(System.getProperty("tandem.home", "."));
    Path workDir = dir != null ? dir : home.resolve("tandem-data");
    Path source = data != null ? data : home.resolve(DATA);
    if (!Files.isRegularFile(source)) {
      throw new IllegalStateException("the demo data is not at " + source + "; pass --data FILE");
    }
    Path storeFile = freshStore(workDir.resolve("demo.db"));
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
      DemoRules.print(store.snapshot(EventWeights.DEFAULT), storeFile.toString(), out);
    }
    return 0;
  }

  private static Path freshStore(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      for (String suffix : new String[] {"", "-wal", "-shm"}) {
        Files.deleteIfExists(Path.of(file + suffix));
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the demo store at " + file, e);
    }
  }
}

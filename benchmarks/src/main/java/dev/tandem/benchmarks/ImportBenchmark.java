package dev.tandem.benchmarks;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotDigest;
import dev.tandem.ingest.ImportProgress;
import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Preset;
import dev.tandem.shop.EventWeights;
import dev.tandem.store.Store;
import dev.tandem.store.StoreWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * One measured run of the full Online Retail import into a new store, then the training snapshot
 * load from it. Run it in a fresh JVM per measurement (see {@code benchmarks/import.sh}), with the
 * heap capped, so the peak heap it prints is the run's own.
 *
 * <p>Usage: {@code ImportBenchmark STORE DATA REJECTS} where STORE is a new SQLite file or a
 * PostgreSQL URL with a fresh {@code currentSchema}. Prints one line of {@code key=value} pairs.
 */
public final class ImportBenchmark {
  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    String location = args[0];
    Path data = Path.of(args[1]);
    Path rejects = Path.of(args[2]);
    HeapPeak.reset();
    try (Store store = Store.open(location)) {
      long start = System.nanoTime();
      ImportSummary summary;
      try (StoreWriter writer = store.writer()) {
        summary =
            new Importer(Clock.systemUTC())
                .run(data, Preset.named("online-retail"), writer, rejects, ImportProgress.NONE);
      }
      double importSeconds = (System.nanoTime() - start) / 1e9;
      long importHeap = HeapPeak.megabytes();
      if (!summary.committed()) {
        throw new IllegalStateException("the import did not commit:\n" + summary.render());
      }
      HeapPeak.reset();
      start = System.nanoTime();
      Snapshot snapshot = store.snapshot(EventWeights.DEFAULT);
      double snapshotSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT,
          "store=%s rows=%d accepted=%d events=%d import_s=%.3f rows_per_s=%.0f import_heap_mb=%d"
              + " snapshot_s=%.3f snapshot_events=%d snapshot_heap_mb=%d max_heap_mb=%d"
              + " digest=%s%n",
          store.describe().startsWith("SQLite") ? "sqlite" : "postgresql",
          summary.rowsRead(), summary.accepted(), summary.eventsAdded(), importSeconds,
          summary.rowsRead() / importSeconds, importHeap, snapshotSeconds,
          snapshot.events().size(), HeapPeak.megabytes(), HeapPeak.maxMegabytes(),
          SnapshotDigest.of(snapshot));
    }
    Files.deleteIfExists(rejects);
  }
}

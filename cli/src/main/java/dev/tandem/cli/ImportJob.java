package dev.tandem.cli;

import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Preset;
import dev.tandem.store.Store;
import dev.tandem.store.StoreWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/** One import into a store, with a progress bar, recorded in the store's import history. */
final class ImportJob {
  private final Store store;
  private final PrintWriter err;

  ImportJob(Store store, PrintWriter err) {
    this.store = store;
    this.err = err;
  }

  static Path defaultRejects(Path source) {
    String name = source.getFileName() == null ? "import" : source.getFileName().toString();
    return Path.of("tandem-data", name.replaceAll("\\.(csv|jsonl|json|gz)", "") + ".rejects.csv");
  }

  ImportSummary run(Path source, Preset preset, Path rejectsFile) {
    ProgressBar bar = ProgressBar.onTerminal(err, "importing");
    ImportSummary summary;
    try (StoreWriter writer = store.writer()) {
      summary =
          new Importer(Clock.systemUTC())
              .run(source, preset, writer, rejectsFile,
                  (rows, bytes, total) -> bar.update(bytes, total, rows));
    } finally {
      bar.finish();
    }
    if (summary.committed()) {
      store.recordImport(summary.toImportRecord());
    }
    return summary;
  }
}

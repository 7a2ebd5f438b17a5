package dev.tandem.ingest;

import dev.tandem.store.StoreWriter;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.ZipException;

/**
 * Imports one source through a preset into a store: rows are read and validated on the calling
 * thread, accepted records are written on another, and the whole import is one transaction.
 *
 * <p>Bad rows never stop an import: each is rejected with its reason. A source that cannot be read
 * to its end (missing, empty, a truncated gzip, an I/O error) or a store that fails makes the import
 * roll back: nothing of it is stored, and the summary says why.
 */
public final class Importer {
  private final Clock clock;

  public Importer(Clock clock) {
    this.clock = clock;
  }

  public ImportSummary run(
      Path source, Preset preset, StoreWriter writer, Path rejectsFile, ImportProgress progress) {
    Instant started = clock.instant();
    StoreFeed feed = new StoreFeed(writer);
    Rejects rejects = null;
    Intake intake = null;
    String failure = null;
    try {
      rejects = new Rejects(rejectsFile);
      intake = new Intake(feed, rejects, progress, preset.totalBytes(source));
      preset.read(source, intake);
      intake.flush();
      intake.reportProgress();
      feed.finish();
      rejects.close();
      commit(writer);
    } catch (IOException | UncheckedIOException e) {
      failure = sourceFailure(source, intake, e);
    } catch (StoreFeed.StoreFailure e) {
      failure = "the store failed: " + e.getMessage();
    } catch (RuntimeException e) {
      failure = "the import failed unexpectedly: " + e;
    } finally {
      feed.abandon();
      closeRejects(rejects);
    }
    Duration elapsed = Duration.between(started, clock.instant());
    return new ImportSummary(source.toString(), preset.name(), started, elapsed,
        counts(intake, rejects, feed), failure, rejectsFile == null ? null : rejectsFile.toString());
  }

  private static void commit(StoreWriter writer) {
    try {
      writer.commit();
    } catch (RuntimeException e) {
      throw new StoreFeed.StoreFailure("cannot commit: " + e.getMessage(), e);
    }
  }

  private static ImportSummary.Counts counts(Intake intake, Rejects rejects, StoreFeed feed) {
    long rejected = rejects == null ? 0 : rejects.total();
    return new ImportSummary.Counts(
        intake == null ? 0 : intake.rowsRead(),
        intake == null ? 0 : intake.accepted(),
        rejected,
        rejects == null ? java.util.Map.of() : rejects.byReason(),
        intake == null ? 0 : intake.eventsAccepted(),
        feed.eventsAdded(),
        feed.itemsWritten(),
        feed.usersWritten());
  }

  private static String sourceFailure(Path source, Intake intake, Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    String where = intake == null ? source.toString() : intake.position();
    if (cause instanceof SourceException) {
      return cause.getMessage();
    }
    if (cause instanceof EOFException || cause instanceof ZipException) {
      return where + ": the file ends unexpectedly or is corrupt (truncated gzip?): "
          + cause.getMessage();
    }
    if (e instanceof UncheckedIOException) {
      return e.getMessage() + ": " + cause.getMessage();
    }
    return "cannot read " + where + ": " + cause;
  }

  private static void closeRejects(Rejects rejects) {
    if (rejects == null) {
      return;
    }
    try {
      rejects.close();
    } catch (IOException e) {
      // already reported when the commit depended on it; here only a failed import is cleaned up
    }
  }
}

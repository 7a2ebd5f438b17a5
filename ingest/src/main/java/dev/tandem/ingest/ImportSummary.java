package dev.tandem.ingest;

import dev.tandem.store.ImportRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** What one import read, accepted, rejected and stored; {@link #render()} tells it to a person. */
public final class ImportSummary {
  private final String source;
  private final String format;
  private final Instant startedAt;
  private final Duration elapsed;
  private final Counts counts;
  private final String failure;
  private final String rejectsFile;

  /** The numbers of one run. */
  record Counts(
      long rowsRead,
      long accepted,
      long rejected,
      Map<String, Long> rejectsByReason,
      long eventsAccepted,
      long eventsAdded,
      long itemsWritten,
      long usersWritten) {
    Counts {
      rejectsByReason = Map.copyOf(rejectsByReason);
    }
  }

  ImportSummary(String source, String format, Instant startedAt, Duration elapsed, Counts counts,
      String failure, String rejectsFile) {
    this.source = source;
    this.format = format;
    this.startedAt = startedAt;
    this.elapsed = elapsed;
    this.counts = counts;
    this.failure = failure;
    this.rejectsFile = rejectsFile;
  }

  /** Whether the accepted rows are stored; false after a failure, when nothing is stored. */
  public boolean committed() {
    return failure == null;
  }

  /** Why nothing was stored, or null when the import was committed. */
  public String failure() {
    return failure;
  }

  public long rowsRead() {
    return counts.rowsRead();
  }

  public long accepted() {
    return counts.accepted();
  }

  public long rejected() {
    return counts.rejected();
  }

  /** Rejected rows per reason, sorted by reason. */
  public Map<String, Long> rejectsByReason() {
    return new java.util.TreeMap<>(counts.rejectsByReason());
  }

  /** Events in the accepted rows, whether or not already stored. */
  public long eventsAccepted() {
    return counts.eventsAccepted();
  }

  /** Events newly stored (0 when not committed). */
  public long eventsAdded() {
    return committed() ? counts.eventsAdded() : 0;
  }

  public long itemsWritten() {
    return committed() ? counts.itemsWritten() : 0;
  }

  public long usersWritten() {
    return committed() ? counts.usersWritten() : 0;
  }

  public Duration elapsed() {
    return elapsed;
  }

  public ImportRecord toImportRecord() {
    return new ImportRecord(source, format, startedAt, rowsRead(), accepted(), rejected(),
        eventsAdded(), counts.rejectsByReason(), rejectsFile);
  }

  /** A few lines for a person: the counts, each reason, and whether anything was stored. */
  public String render() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "Import of %s (%s)%s%n", source, format, speed()));
    line(text, "rows read", rowsRead());
    line(text, "accepted", accepted());
    line(text, "rejected", rejected());
    rejectsByReason().forEach((reason, count) -> line(text, "  " + reason, count));
    if (rejected() > 0 && rejectsFile != null) {
      text.append("  every rejected row, with its line and reason: ").append(rejectsFile)
          .append(System.lineSeparator());
    }
    line(text, "items written", itemsWritten());
    line(text, "users written", usersWritten());
    line(text, "events added", eventsAdded());
    long already = counts.eventsAccepted() - counts.eventsAdded();
    if (committed() && already > 0) {
      line(text, "  already stored", already);
    }
    text.append(outcome()).append(System.lineSeparator());
    return text.toString();
  }

  private String speed() {
    double seconds = elapsed.toNanos() / 1e9;
    if (seconds <= 0) {
      return "";
    }
    return String.format(Locale.ROOT, " in %.1f s, %,.0f rows/s", seconds, rowsRead() / seconds);
  }

  private String outcome() {
    if (committed()) {
      return "Committed: every accepted row is stored (one transaction).";
    }
    return "NOT committed: " + failure + System.lineSeparator()
        + "Nothing of this import was stored (the transaction was rolled back).";
  }

  private static void line(StringBuilder text, String label, long value) {
    text.append(String.format(Locale.ROOT, "  %-24s %,12d%n", label, value));
  }

  @Override
  public String toString() {
    return render();
  }
}

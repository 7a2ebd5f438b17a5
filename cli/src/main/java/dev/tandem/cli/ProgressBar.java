package dev.tandem.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on a terminal, redrawn at most five times a second. Where the output is
 * not a terminal (CI, a pipe) it stays silent, so logs are not flooded.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;
  private final PrintWriter err;
  private final String label;
  private final boolean enabled;
  private final LongSupplier nanoTime;
  private final long started;
  private long lastDrawn;

  ProgressBar(PrintWriter err, String label, boolean enabled, LongSupplier nanoTime) {
    this.err = err;
    this.label = label;
    this.enabled = enabled;
    this.nanoTime = nanoTime;
    this.started = nanoTime.getAsLong();
    this.lastDrawn = started - REDRAW_NANOS;
  }

  static ProgressBar onTerminal(PrintWriter err, String label) {
    return new ProgressBar(err, label, System.console() != null, System::nanoTime);
  }

  /** Reports progress: {@code done} of {@code total} (bytes, say), with {@code rows} handled. */
  void update(long done, long total, long rows) {
    long now = nanoTime.getAsLong();
    if (!enabled || now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    err.print('\r' + line(done, total, rows, now - started));
    err.flush();
  }

  void finish() {
    if (enabled) {
      err.print('\r' + " ".repeat(WIDTH + label.length() + 48) + '\r');
      err.flush();
    }
  }

  String line(long done, long total, long rows, long elapsedNanos) {
    double fraction = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH);
    double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
    return String.format(Locale.ROOT, "%s [%s%s] %3.0f%% %,d rows %,.0f rows/s", label,
        "#".repeat(filled), " ".repeat(WIDTH - filled), fraction * 100, rows, rows / seconds);
  }
}

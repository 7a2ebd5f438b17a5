package dev.tandem.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Where the test data is, found by walking up from the working directory. */
final class TestData {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  private TestData() {}

  /** The bundled Online Retail file, {@code data/online_retail.csv.gz} of the repository. */
  static Path onlineRetail() {
    return find(Path.of("data", "online_retail.csv.gz"));
  }

  /** The Olist directory under {@code shared/data}, or null when it is not on this machine. */
  static Path olist() {
    return find(Path.of("shared", "data", "olist"));
  }

  static Path find(Path relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    return null;
  }
}

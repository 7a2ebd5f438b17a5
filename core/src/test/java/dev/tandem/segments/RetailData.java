package dev.tandem.segments;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.OnlineRetail;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled Online Retail snapshot, or the test is skipped with a message when it is absent. */
public final class RetailData {
  private RetailData() {}

  public static Snapshot snapshot() {
    assumeTrue(present(), "data/online_retail.csv.gz not found above "
        + Path.of("").toAbsolutePath() + ": skipped");
    return OnlineRetail.snapshot();
  }

  private static boolean present() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("data").resolve("online_retail.csv.gz"))) {
        return true;
      }
    }
    return false;
  }
}

package dev.tandem.propensity.gbdt;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.evaluation.protocol.DataFiles;
import dev.tandem.evaluation.protocol.OnlineRetail;
import dev.tandem.evaluation.protocol.RetailLine;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The bundled Online Retail purchases (the evaluation module's reader) as a snapshot, read once;
 * a test is skipped when the file is absent. Title and price of an item: its first line's.
 */
final class RetailSnapshot {
  private static Snapshot snapshot;

  private RetailSnapshot() {}

  static synchronized Snapshot get() {
    Optional<Path> file = DataFiles.onlineRetail();
    assumeTrue(file.isPresent(), DataFiles.ONLINE_RETAIL + " not found: skipped");
    if (snapshot == null) {
      SnapshotBuilder builder = new SnapshotBuilder();
      java.util.Set<String> seen = new java.util.HashSet<>();
      OnlineRetail retail = OnlineRetail.read(file.get());
      for (RetailLine line : retail.lines()) {
        if (seen.add(line.item())) {
          builder.item(line.item(), line.title(), null, line.unitPrice());
        }
      }
      for (RetailLine line : retail.lines()) {
        builder.event(line.customer(), line.item(), line.invoice(), EventType.PURCHASE,
            line.quantity(), line.unitPrice(), line.time());
      }
      snapshot = builder.build(EventWeights.DEFAULT);
    }
    return snapshot;
  }
}

package dev.tandem.cli;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.shop.EventWeights;
import dev.tandem.store.Store;
import picocli.CommandLine.Option;

/**
 * The {@code --store} option shared by every command that reads or writes the shop's data: a
 * SQLite file path (the default, {@value #DEFAULT}) or a {@code jdbc:postgresql://} URL. The
 * environment variable {@code TANDEM_STORE} sets it too.
 */
final class StoreOption {
  static final String DEFAULT = "tandem-data/tandem.db";

  @Option(
      names = "--store",
      paramLabel = "LOCATION",
      defaultValue = "${env:TANDEM_STORE:-" + DEFAULT + "}",
      description = {
        "Where the shop's data is kept: a SQLite file (default: ${DEFAULT-VALUE})",
        "or a PostgreSQL URL such as jdbc:postgresql://127.0.0.1:5432/shop?user=tandem."
      })
  String location;

  Store open() {
    return Store.open(location);
  }

  /** The items' stock and unit cost for the snapshot's items, from the store. */
  CatalogFacts catalogFacts(Snapshot snapshot) {
    try (Store store = open()) {
      return store.catalogFacts(snapshot.items());
    }
  }

  /** Loads the training snapshot (default event weights) and closes the store again. */
  Snapshot snapshot() {
    try (Store store = open()) {
      return store.snapshot(EventWeights.DEFAULT);
    }
  }
}

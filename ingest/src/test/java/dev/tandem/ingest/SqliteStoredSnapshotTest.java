package dev.tandem.ingest;

import dev.tandem.store.Store;

/** The stored snapshot contract on a new SQLite file. */
class SqliteStoredSnapshotTest extends StoredSnapshotContract {
  @Override
  Store openEmpty() {
    return Store.open(dir.resolve("shop.db").toString());
  }
}

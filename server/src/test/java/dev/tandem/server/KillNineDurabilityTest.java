package dev.tandem.server;

import java.nio.file.Path;
import java.util.Set;

/** kill -9 during ingestion on an embedded SQLite store. */
class KillNineDurabilityTest extends KillNineDurability {
  @Override
  String newStore(Path folder) {
    return folder.resolve("shop.db").toString();
  }

  @Override
  Set<String> storedIds(String store) throws Exception {
    return idsIn("jdbc:sqlite:" + store);
  }
}

package dev.tandem.server;

import java.nio.file.Files;

/** The server contract on an embedded SQLite store. */
class SqliteServerTest extends ServerContract {
  @Override
  String newStoreLocation() throws Exception {
    return Files.createTempDirectory("tandem-server").resolve("shop.db").toString();
  }
}

package dev.tandem.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;

/**
 * kill -9 during ingestion on PostgreSQL (127.0.0.1:5432, database {@code test}, or {@code
 * TANDEM_PG_URL}), in a schema of its own, dropped afterwards. Skipped when PostgreSQL is
 * unreachable, except under CI.
 */
class PostgresKillNineDurabilityIT extends KillNineDurability {
  private final String schema = "tandem_kill9_it_" + ProcessHandle.current().pid();

  @Override
  String newStore(Path folder) throws Exception {
    PostgresServerIT.requireServer();
    execute("drop schema if exists " + schema + " cascade");
    return url();
  }

  @Override
  Set<String> storedIds(String store) throws Exception {
    return idsIn(store);
  }

  @AfterEach
  void dropSchema() throws Exception {
    execute("drop schema if exists " + schema + " cascade");
  }

  private String url() {
    String server = PostgresServerIT.SERVER;
    return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static void execute(String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(PostgresServerIT.SERVER);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}

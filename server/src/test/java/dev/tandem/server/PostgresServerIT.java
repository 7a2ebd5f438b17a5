package dev.tandem.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;

/**
 * The server contract on PostgreSQL (127.0.0.1:5432, database {@code test}, or {@code
 * TANDEM_PG_URL}), in a schema of its own. Skipped when PostgreSQL is unreachable, except under CI.
 */
class PostgresServerIT extends ServerContract {
  static final String SERVER =
      System.getenv().getOrDefault("TANDEM_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private final String schema = "tandem_server_it_" + ProcessHandle.current().pid();

  @Override
  String newStoreLocation() throws Exception {
    requireServer();
    execute("drop schema if exists " + schema + " cascade");
    return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @AfterAll
  void dropSchema() throws Exception {
    execute("drop schema if exists " + schema + " cascade");
  }

  static void requireServer() {
    boolean up;
    try (Connection ignored = DriverManager.getConnection(SERVER)) {
      up = true;
    } catch (Exception e) {
      up = false;
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("PostgreSQL is not reachable at " + SERVER + " in CI", e);
      }
    }
    Assumptions.assumeTrue(up, "PostgreSQL not reachable at " + SERVER + "; skipping");
  }

  private static void execute(String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(SERVER);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}

package dev.tandem.ingest;

import dev.tandem.store.Store;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * The stored snapshot contract on PostgreSQL (127.0.0.1:5432, database {@code test}, or {@code
 * TANDEM_PG_URL}), in a schema of its own, dropped afterwards: the binary COPY reader. Skipped when
 * PostgreSQL is unreachable, except under CI ({@code CI=true}).
 */
class PostgresStoredSnapshotIT extends StoredSnapshotContract {
  static final String SERVER =
      System.getenv().getOrDefault("TANDEM_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String SCHEMA = "tandem_snapshot_it_" + ProcessHandle.current().pid();

  @BeforeEach
  void freshSchema() throws Exception {
    try {
      execute("drop schema if exists " + SCHEMA + " cascade");
    } catch (Exception e) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("PostgreSQL is not reachable at " + SERVER + " in CI", e);
      }
      Assumptions.abort("PostgreSQL not reachable at " + SERVER + "; skipping");
    }
  }

  @AfterEach
  void dropSchema() throws Exception {
    execute("drop schema if exists " + SCHEMA + " cascade");
  }

  @Override
  Store openEmpty() {
    return Store.open(SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
  }

  private static void execute(String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(SERVER);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}

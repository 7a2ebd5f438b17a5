package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on PostgreSQL (127.0.0.1:5432, database {@code test}, or {@code TANDEM_PG_URL}).
 * Each test gets its own schema, dropped afterwards. Skipped when PostgreSQL is unreachable, except
 * under CI ({@code CI=true}), where an unreachable database fails the build.
 */
class PostgresStoreIT extends StoreContract {
  static final String SERVER =
      System.getenv().getOrDefault("TANDEM_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private String schema;

  @BeforeAll
  static void serverIsUp() {
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

  @Override
  Store openEmpty() throws Exception {
    schema = "tandem_it_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    execute("drop schema if exists " + schema + " cascade");
    return reopen();
  }

  @Override
  Store reopen() {
    return Store.open(SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  @AfterEach
  void dropSchema() throws Exception {
    execute("drop schema if exists " + schema + " cascade");
  }

  private static void execute(String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(SERVER);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Test
  void describesTheServerAndSchema() {
    assertThat(store.describe())
        .isEqualTo("PostgreSQL " + SERVER.replaceAll("[?].*", "") + " (schema " + schema + ")");
  }
}

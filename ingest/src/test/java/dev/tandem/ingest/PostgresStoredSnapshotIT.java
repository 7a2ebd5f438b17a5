package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.store.Store;
import dev.tandem.store.StoreWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stored snapshot contract on PostgreSQL (127.0.0.1:5432, database {@code test}, or {@code
 * TANDEM_PG_URL}), in a schema of its own, dropped afterwards: the binary COPY reader. Skipped when
 * PostgreSQL is unreachable, except under CI ({@code CI=true}). Also: a bulk import leaves the
 * planner statistics on {@code events} (autovacuum may be off).
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

  @Test
  void aBulkImportLeavesStatisticsForThePlanner() throws Exception {
    Path file = Files.write(dir.resolve("rows.csv"), RealRows.firstLines(20_000));
    try (Store store = openEmpty(); StoreWriter writer = store.writer()) {
      ImportSummary summary = new Importer(TestData.CLOCK).run(file,
          Preset.named("online-retail"), writer, dir.resolve("rejects.csv"), ImportProgress.NONE);
      assertThat(summary.committed()).isTrue();
    }
    try (Connection connection = DriverManager.getConnection(SERVER);
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select count(*) from pg_stats where schemaname = '"
            + SCHEMA + "' and tablename = 'events' and attname = 'seq'")) {
      row.next();
      assertThat(row.getInt(1)).as("statistics on events.seq after the import").isEqualTo(1);
    }
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

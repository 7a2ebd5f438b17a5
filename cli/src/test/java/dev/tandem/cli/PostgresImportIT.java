package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole Online Retail file through the command line into PostgreSQL (the COPY path) and into
 * SQLite: both stores must then say exactly the same thing. Skipped when PostgreSQL is unreachable,
 * except under CI ({@code CI=true}).
 */
class PostgresImportIT {
  static final String SERVER =
      System.getenv().getOrDefault("TANDEM_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String SCHEMA = "tandem_cli_it";

  @TempDir Path dir;

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
  void postgresAndSqliteHoldTheSameAfterTheSameImports() {
    String postgres = SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    String sqlite = dir.resolve("shop.db").toString();
    for (String store : new String[] {postgres, sqlite}) {
      for (int attempt = 0; attempt < 2; attempt++) {
        CommandLineRun run =
            CommandLineRun.of("import", "--store", store, "--preset", "online-retail",
                "--rejects", dir.resolve("rejects.csv").toString(),
                ImportAndStatsTest.DATA.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
      }
    }
    String fromPostgres = statsBody(postgres);
    assertThat(fromPostgres).contains("536,429").contains("19,773");
    assertThat(fromPostgres).isEqualTo(statsBody(sqlite));
  }

  /** The stats without the first line (which names the store) and without import times. */
  private static String statsBody(String store) {
    CommandLineRun stats = CommandLineRun.of("stats", "--store", store, "--imports", "0");
    assertThat(stats.exitCode()).as(stats.err()).isZero();
    return stats.out().substring(stats.out().indexOf('\n') + 1);
  }

  private static void execute(String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(SERVER);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}

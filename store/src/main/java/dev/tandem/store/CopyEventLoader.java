package dev.tandem.store;

import dev.tandem.shop.Event;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Collection;
import org.postgresql.PGConnection;

/**
 * Adds events to PostgreSQL with {@code COPY}. The first batch of a transaction is copied straight
 * into {@code events} behind a savepoint: when none of its ids is stored yet (a first import, new
 * data) that is all. When the unique index refuses an id (a re-import, overlapping files), the
 * batch is rolled back to the savepoint, and from then on every batch goes through a session-local
 * staging table and one {@code insert ... select ... on conflict do nothing}: each event id is
 * still added once, whichever path a batch took. After a bulk load it runs {@code analyze events}
 * before the commit, so that the planner has statistics even where autovacuum is off.
 */
final class CopyEventLoader implements EventLoader {
  private static final String COLUMNS =
      "id, type, user_id, session_id, order_id, item_id, quantity, unit_price, rating, event_time,"
          + " recommendation_id";
  private static final String UNIQUE_VIOLATION = "23505";
  /** Events added in one transaction from which the table's statistics are refreshed. */
  static final int ANALYZE_AFTER = 10_000;
  private boolean direct = true;
  private long added;

  @Override
  public int add(Connection connection, Collection<Event> events) throws SQLException {
    if (events.isEmpty()) {
      return 0;
    }
    CopyRows rows = CopyRows.of(events);
    int count = direct && copiedStraight(connection, rows)
        ? events.size() : throughStaging(connection, rows);
    added += count;
    return count;
  }

  @Override
  public void beforeCommit(Connection connection) throws SQLException {
    if (added >= ANALYZE_AFTER) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("analyze events");
      }
    }
  }

  /** Copies into events; false (and nothing added) when an id is already stored. */
  private boolean copiedStraight(Connection connection, CopyRows rows) throws SQLException {
    Savepoint before = connection.setSavepoint();
    try {
      copy(connection, "events", rows);
      connection.releaseSavepoint(before);
      return true;
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      connection.rollback(before);
      direct = false;
      return false;
    }
  }

  private static int throughStaging(Connection connection, CopyRows rows) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "create temp table if not exists events_staging on commit delete rows as select "
              + COLUMNS + " from events with no data");
      statement.execute("truncate events_staging");
      copy(connection, "events_staging", rows);
      return statement.executeUpdate(
          "insert into events (" + COLUMNS + ") select " + COLUMNS
              + " from events_staging on conflict (id) do nothing");
    }
  }

  private static void copy(Connection connection, String table, CopyRows rows)
      throws SQLException {
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn("copy " + table + " (" + COLUMNS + ") from stdin", rows.stream(), CopyRows.CHUNK);
    } catch (IOException e) {
      throw new SQLException("COPY of events failed", e);
    }
  }
}

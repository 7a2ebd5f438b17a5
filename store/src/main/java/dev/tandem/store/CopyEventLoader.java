package dev.tandem.store;

import dev.tandem.shop.Event;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import org.postgresql.PGConnection;

/**
 * Adds events to PostgreSQL with {@code COPY} into a session-local staging table, then one {@code
 * insert ... select ... on conflict do nothing}: the fast path for bulk imports that still adds
 * each event id once.
 */
final class CopyEventLoader implements EventLoader {
  private static final String COLUMNS =
      "id, type, user_id, session_id, order_id, item_id, quantity, unit_price, rating, event_time,"
          + " recommendation_id";

  @Override
  public int add(Connection connection, Collection<Event> events) throws SQLException {
    if (events.isEmpty()) {
      return 0;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "create temp table if not exists events_staging on commit delete rows as select "
              + COLUMNS + " from events with no data");
      statement.execute("truncate events_staging");
      copy(connection, events);
      return statement.executeUpdate(
          "insert into events (" + COLUMNS + ") select " + COLUMNS
              + " from events_staging on conflict (id) do nothing");
    }
  }

  private static void copy(Connection connection, Collection<Event> events) throws SQLException {
    StringBuilder text = new StringBuilder(events.size() * 96);
    for (Event event : events) {
      CopyText.row(text, event);
    }
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn("copy events_staging (" + COLUMNS + ") from stdin", new StringReader(text.toString()));
    } catch (IOException e) {
      throw new SQLException("COPY of events failed", e);
    }
  }
}

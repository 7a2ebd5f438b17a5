package dev.tandem.store;

import dev.tandem.shop.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Adds events with prepared inserts that ignore ids already stored (SQLite): {@value #ROWS} rows
 * per statement while a batch lasts (one statement step for many rows is what makes a bulk load
 * fast on SQLite), the remainder one row per statement in a JDBC batch.
 */
final class BatchEventLoader implements EventLoader {
  static final int ROWS = 64;
  private static final int COLUMNS = 11;
  static final String INSERT = insert(1);

  /** An insert of {@code rows} rows that skips event ids already stored. */
  static String insert(int rows) {
    String row = "(?" + ", ?".repeat(COLUMNS - 1) + ")";
    return "insert into events (id, type, user_id, session_id, order_id, item_id, quantity,"
        + " unit_price, rating, event_time, recommendation_id) values "
        + String.join(", ", Collections.nCopies(rows, row)) + " on conflict (id) do nothing";
  }

  @Override
  public int add(Connection connection, Collection<Event> events) throws SQLException {
    List<Event> list = events instanceof List<Event> given ? given : new ArrayList<>(events);
    int whole = list.size() - list.size() % ROWS;
    int added = whole == 0 ? 0 : addMany(connection, list.subList(0, whole));
    return added + addOneByOne(connection, list.subList(whole, list.size()));
  }

  private static int addMany(Connection connection, List<Event> events) throws SQLException {
    int added = 0;
    try (PreparedStatement insert = connection.prepareStatement(insert(ROWS))) {
      for (int from = 0; from < events.size(); from += ROWS) {
        for (int row = 0; row < ROWS; row++) {
          bind(insert, row * COLUMNS, events.get(from + row));
        }
        added += insert.executeUpdate();
      }
    }
    return added;
  }

  private static int addOneByOne(Connection connection, List<Event> events) throws SQLException {
    if (events.isEmpty()) {
      return 0;
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Event event : events) {
        bind(insert, 0, event);
        insert.addBatch();
      }
      int added = 0;
      for (int count : insert.executeBatch()) {
        added += Math.max(count, 0);
      }
      return added;
    }
  }

  /** Binds one event to the parameters after {@code offset}. */
  private static void bind(PreparedStatement insert, int offset, Event event)
      throws SQLException {
    insert.setString(offset + 1, event.id());
    insert.setString(offset + 2, event.type().wireName());
    insert.setString(offset + 3, event.userId());
    insert.setString(offset + 4, event.sessionId());
    insert.setString(offset + 5, event.orderId());
    insert.setString(offset + 6, event.itemId());
    insert.setInt(offset + 7, event.quantity());
    setDouble(insert, offset + 8, event.unitPrice());
    setDouble(insert, offset + 9, event.rating());
    insert.setLong(offset + 10, event.time().toEpochMilli());
    insert.setString(offset + 11, event.recommendationId());
  }

  static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }
}

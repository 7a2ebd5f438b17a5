package dev.tandem.store;

import dev.tandem.shop.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;

/** Adds events with one batched prepared insert that ignores ids already stored (SQLite). */
final class BatchEventLoader implements EventLoader {
  static final String INSERT =
      "insert into events (id, type, user_id, session_id, order_id, item_id, quantity, unit_price,"
          + " rating, event_time, recommendation_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " on conflict (id) do nothing";

  @Override
  public int add(Connection connection, Collection<Event> events) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Event event : events) {
        bind(insert, event);
        insert.addBatch();
      }
      int added = 0;
      for (int count : insert.executeBatch()) {
        added += Math.max(count, 0);
      }
      return added;
    }
  }

  private static void bind(PreparedStatement insert, Event event) throws SQLException {
    insert.setString(1, event.id());
    insert.setString(2, event.type().wireName());
    insert.setString(3, event.userId());
    insert.setString(4, event.sessionId());
    insert.setString(5, event.orderId());
    insert.setString(6, event.itemId());
    insert.setInt(7, event.quantity());
    setDouble(insert, 8, event.unitPrice());
    setDouble(insert, 9, event.rating());
    insert.setLong(10, event.time().toEpochMilli());
    insert.setString(11, event.recommendationId());
  }

  static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }
}

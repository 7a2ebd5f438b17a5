package dev.tandem.store;

import dev.tandem.shop.Event;
import dev.tandem.shop.EventType;
import dev.tandem.shop.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads, or erases, one shopper's user record and events (parameterised SQL only). */
final class ShopperQuery {
  /** The event columns {@link #event} reads, in its order. */
  static final String COLUMNS = "id, type, user_id, session_id, order_id, item_id, quantity,"
      + " unit_price, rating, event_time, recommendation_id";
  private static final String EVENTS =
      "select " + COLUMNS + " from events where user_id = ? order by seq";

  private ShopperQuery() {}

  static ShopperData read(Connection connection, String userId) throws SQLException {
    return new ShopperData(userId, user(connection, userId), events(connection, userId));
  }

  /** Deletes the shopper's events and user record in the caller's transaction. */
  static void erase(Connection connection, String userId) throws SQLException {
    for (String sql : List.of("delete from events where user_id = ?", "delete from users where id = ?")) {
      try (PreparedStatement delete = connection.prepareStatement(sql)) {
        delete.setString(1, userId);
        delete.executeUpdate();
      }
    }
  }

  private static User user(Connection connection, String userId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "select attributes from users where id = ?")) {
      select.setString(1, userId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? new User(userId, Json.map(row.getString(1))) : null;
      }
    }
  }

  private static List<Event> events(Connection connection, String userId) throws SQLException {
    List<Event> events = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(EVENTS)) {
      select.setString(1, userId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          events.add(event(row));
        }
      }
    }
    return events;
  }

  /** One event from a row of {@link #COLUMNS}. */
  static Event event(ResultSet row) throws SQLException {
    return new Event(row.getString(1),
        EventType.fromWireName(row.getString(2)).orElseThrow(),
        row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getInt(7),
        nullableDouble(row, 8), nullableDouble(row, 9), Instant.ofEpochMilli(row.getLong(10)),
        row.getString(11));
  }

  private static Double nullableDouble(ResultSet row, int column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }
}

package dev.tandem.store;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Streams the catalog (by id) and every event (in the order they were stored) into a {@link
 * SnapshotBuilder}: the same store always gives the same snapshot.
 */
final class SnapshotQuery {
  private static final int FETCH = 10_000;

  private SnapshotQuery() {}

  static Snapshot load(Connection connection, EventWeights weights) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
    try {
      SnapshotBuilder builder = new SnapshotBuilder();
      items(connection, builder);
      events(connection, builder);
      connection.commit();
      return builder.build(weights);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static void items(Connection connection, SnapshotBuilder builder) throws SQLException {
    Map<String, String> categories = new HashMap<>();
    try (Statement select = connection.createStatement()) {
      select.setFetchSize(FETCH);
      try (ResultSet rows =
          select.executeQuery("select id, title, category_path, price from items order by id")) {
        while (rows.next()) {
          String category =
              categories.computeIfAbsent(
                  rows.getString(3), json -> String.join(" > ", Json.list(json)));
          builder.item(rows.getString(1), rows.getString(2), category, rows.getDouble(4));
        }
      }
    }
  }

  private static void events(Connection connection, SnapshotBuilder builder) throws SQLException {
    Map<String, EventType> types = new HashMap<>();
    for (EventType type : EventType.values()) {
      types.put(type.wireName(), type);
    }
    try (Statement select = connection.createStatement()) {
      select.setFetchSize(FETCH);
      try (ResultSet rows =
          select.executeQuery(
              "select user_id, item_id, order_id, type, quantity, unit_price, event_time"
                  + " from events order by seq")) {
        while (rows.next()) {
          double price = rows.getDouble(6);
          boolean priceKnown = !rows.wasNull();
          builder.event(
              rows.getString(1),
              rows.getString(2),
              rows.getString(3),
              types.get(rows.getString(4)),
              rows.getInt(5),
              priceKnown ? price : Double.NaN,
              rows.getLong(7));
        }
      }
    }
  }
}

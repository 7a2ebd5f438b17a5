package dev.tandem.store;

import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.shop.EventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The events with {@code seq} in one range, read into plain columns, so that several ranges can be
 * read at once on separate connections (the JDBC row decoding is what a snapshot load waits on) and
 * then handed to the {@link SnapshotBuilder} in stored order.
 */
final class EventChunk {
  private static final EventType[] TYPES = EventType.values();
  private static final String SELECT =
      "select user_id, item_id, order_id, " + typeOrdinal() + ", quantity, unit_price, event_time"
          + " from events where seq > ? and seq <= ? order by seq";

  private String[] users = new String[1024];
  private String[] items = new String[1024];
  private String[] orders = new String[1024];
  private byte[] types = new byte[1024];
  private int[] quantities = new int[1024];
  private double[] prices = new double[1024];
  private long[] times = new long[1024];
  private int size;
  private String lastUser;
  private String lastOrder;

  /** Reads the events with {@code after < seq <= upTo}. */
  static EventChunk read(Connection connection, long after, long upTo) throws SQLException {
    EventChunk chunk = new EventChunk();
    connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
    try (PreparedStatement select = connection.prepareStatement(SELECT)) {
      select.setFetchSize(10_000);
      select.setLong(1, after);
      select.setLong(2, upTo);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          chunk.add(rows);
        }
      }
    }
    connection.commit();
    return chunk;
  }

  private void add(ResultSet rows) throws SQLException {
    if (size == users.length) {
      grow();
    }
    users[size] = lastUser = sameAsLast(rows.getString(1), lastUser);
    items[size] = rows.getString(2);
    orders[size] = lastOrder = sameAsLast(rows.getString(3), lastOrder);
    types[size] = (byte) rows.getInt(4);
    quantities[size] = rows.getInt(5);
    double price = rows.getDouble(6);
    prices[size] = rows.wasNull() ? Double.NaN : price;
    times[size] = rows.getLong(7);
    size++;
  }

  /**
   * The previous row's string when equal: lines of one order (and one shopper) come together, and
   * a string already seen has its hash cached, which makes interning it cheap.
   */
  private static String sameAsLast(String value, String last) {
    return value != null && value.equals(last) ? last : value;
  }

  void addTo(SnapshotBuilder builder) {
    for (int i = 0; i < size; i++) {
      builder.event(users[i], items[i], orders[i], TYPES[types[i]], quantities[i], prices[i], times[i]);
    }
  }

  private void grow() {
    int capacity = size * 2;
    users = Arrays.copyOf(users, capacity);
    items = Arrays.copyOf(items, capacity);
    orders = Arrays.copyOf(orders, capacity);
    types = Arrays.copyOf(types, capacity);
    quantities = Arrays.copyOf(quantities, capacity);
    prices = Arrays.copyOf(prices, capacity);
    times = Arrays.copyOf(times, capacity);
  }

  /** The event type as its ordinal, computed by the database: cheaper than decoding a string. */
  private static String typeOrdinal() {
    StringBuilder sql = new StringBuilder("case type");
    for (EventType type : TYPES) {
      sql.append(" when '").append(type.wireName()).append("' then ").append(type.ordinal());
    }
    return sql.append(" end").toString();
  }
}

package dev.tandem.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a range of events through a plain JDBC result set (the SQLite store), taking the ids as
 * bytes ({@code getBytes}) so that no string is made per row.
 */
final class JdbcEventRanges implements EventRanges {
  private static final String SELECT =
      "select " + EventChunk.COLUMNS + " from events where seq > ? and seq <= ? order by seq";

  @Override
  public EventChunk read(Connection connection, long after, long upTo) throws SQLException {
    EventChunk chunk = new EventChunk();
    connection.setAutoCommit(false); // one read transaction: a consistent range
    try (PreparedStatement select = connection.prepareStatement(SELECT)) {
      select.setFetchSize(10_000);
      select.setLong(1, after);
      select.setLong(2, upTo);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          add(rows, chunk);
        }
      }
    }
    connection.commit();
    return chunk;
  }

  private static void add(ResultSet rows, EventChunk chunk) throws SQLException {
    byte[] user = rows.getBytes(1);
    chunk.user(user, 0, user == null ? 0 : user.length);
    byte[] item = rows.getBytes(2);
    chunk.item(item, 0, item.length);
    byte[] order = rows.getBytes(3);
    chunk.order(order, 0, order == null ? 0 : order.length);
    int type = rows.getInt(4);
    int quantity = rows.getInt(5);
    double price = rows.getDouble(6);
    chunk.rest(type, quantity, rows.wasNull() ? Double.NaN : price, rows.getLong(7));
  }
}

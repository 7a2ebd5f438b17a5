package dev.tandem.store;

import dev.tandem.shop.Event;
import dev.tandem.shop.Item;
import dev.tandem.shop.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;

/** One write transaction on one connection; see {@link StoreWriter}. */
final class SqlWriter implements StoreWriter {
  private static final String PUT_ITEM =
      "insert into items (id, title, category_path, brand, price, currency, cost, stock, attributes)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do update set"
          + " title = excluded.title, category_path = excluded.category_path,"
          + " brand = excluded.brand, price = excluded.price, currency = excluded.currency,"
          + " cost = excluded.cost, stock = excluded.stock, attributes = excluded.attributes";
  private static final String PUT_USER =
      "insert into users (id, attributes) values (?, ?)"
          + " on conflict (id) do update set attributes = excluded.attributes";

  private final Connection connection;
  private final EventLoader events;
  private boolean committed;

  SqlWriter(Connection connection, EventLoader events) {
    this.connection = connection;
    this.events = events;
  }

  @Override
  public int putItems(Collection<Item> items) {
    try (PreparedStatement put = connection.prepareStatement(PUT_ITEM)) {
      for (Item item : items) {
        put.setString(1, item.id());
        put.setString(2, item.title());
        put.setString(3, Json.write(item.categoryPath()));
        put.setString(4, item.brand());
        put.setDouble(5, item.price());
        put.setString(6, item.currency());
        BatchEventLoader.setDouble(put, 7, item.cost());
        setInteger(put, 8, item.stock());
        put.setString(9, Json.write(item.attributes()));
        put.addBatch();
      }
      put.executeBatch();
      return items.size();
    } catch (SQLException e) {
      throw failure("write items", e);
    }
  }

  @Override
  public int putUsers(Collection<User> users) {
    try (PreparedStatement put = connection.prepareStatement(PUT_USER)) {
      for (User user : users) {
        put.setString(1, user.id());
        put.setString(2, Json.write(user.attributes()));
        put.addBatch();
      }
      put.executeBatch();
      return users.size();
    } catch (SQLException e) {
      throw failure("write users", e);
    }
  }

  @Override
  public int addEvents(Collection<Event> batch) {
    try {
      return events.add(connection, batch);
    } catch (SQLException e) {
      throw failure("add events", e);
    }
  }

  @Override
  public void commit() {
    try {
      events.beforeCommit(connection);
      connection.commit();
      committed = true;
    } catch (SQLException e) {
      throw failure("commit", e);
    }
  }

  @Override
  public void close() {
    try {
      if (!committed) {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw failure("roll back", e);
    } finally {
      closeQuietly(connection);
    }
  }

  private static StoreException failure(String what, SQLException e) {
    SQLException next = e.getNextException();
    return new StoreException("cannot " + what, next != null ? next : e);
  }

  private static void setInteger(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // nothing more to release
    }
  }
}

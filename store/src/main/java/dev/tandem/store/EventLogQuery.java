package dev.tandem.store;

import dev.tandem.shop.Event;
import dev.tandem.shop.EventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The event log by sequence number: its watermark (the latest {@code seq}) and the purchases stored
 * after one, which a model restored from a bundle replays so nothing acknowledged is missing.
 */
final class EventLogQuery {
  private static final String PURCHASES_AFTER = "select " + ShopperQuery.COLUMNS
      + " from events where seq > ? and type = ? order by seq";

  private EventLogQuery() {}

  static long lastSeq(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "select coalesce(max(seq), 0) from events");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  static List<Event> purchasesAfter(Connection connection, long seq) throws SQLException {
    List<Event> events = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(PURCHASES_AFTER)) {
      select.setLong(1, seq);
      select.setString(2, EventType.PURCHASE.wireName());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          events.add(ShopperQuery.event(row));
        }
      }
    }
    return events;
  }
}

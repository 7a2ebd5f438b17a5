package dev.tandem.store;

import dev.tandem.shop.EventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts, date range and top sellers, each one aggregate query. */
final class StatsQuery {
  private final Connection connection;

  StatsQuery(Connection connection) {
    this.connection = connection;
  }

  StoreStats run(int topSellers) throws SQLException {
    long[] range = range();
    return new StoreStats(
        count("select count(*) from items"),
        count("select count(*) from users"),
        range[0],
        eventsByType(),
        count("select count(distinct order_id) from events where type = 'purchase'"),
        range[0] == 0 ? null : Instant.ofEpochMilli(range[1]),
        range[0] == 0 ? null : Instant.ofEpochMilli(range[2]),
        topSellers(topSellers));
  }

  private long count(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private long[] range() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "select count(*), min(event_time), max(event_time) from events")) {
      row.next();
      return new long[] {row.getLong(1), row.getLong(2), row.getLong(3)};
    }
  }

  private Map<EventType, Long> eventsByType() throws SQLException {
    Map<EventType, Long> counts = new EnumMap<>(EventType.class);
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("select type, count(*) from events group by type")) {
      while (rows.next()) {
        EventType type =
            EventType.fromWireName(rows.getString(1))
                .orElseThrow(() -> new SQLException("unknown event type in the store"));
        counts.put(type, rows.getLong(2));
      }
    }
    return counts;
  }

  private List<StoreStats.TopSeller> topSellers(int limit) throws SQLException {
    List<StoreStats.TopSeller> sellers = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select e.item_id, coalesce(max(i.title), ''),"
                + " sum(case when e.type = 'purchase' then e.quantity else -e.quantity end) as units,"
                + " count(distinct case when e.type = 'purchase' then e.order_id end)"
                + " from events e left join items i on i.id = e.item_id"
                + " where e.type in ('purchase', 'return') group by e.item_id"
                + " order by units desc, 4 desc, e.item_id limit ?")) {
      select.setInt(1, Math.max(0, limit));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          sellers.add(
              new StoreStats.TopSeller(
                  rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4)));
        }
      }
    }
    return sellers;
  }
}

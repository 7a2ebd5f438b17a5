package dev.tandem.store;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.shop.EventWeights;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Loads the catalog (by id) and every event (in the order they were stored) into a {@link
 * SnapshotBuilder}: the same store always gives the same snapshot. Events are read in {@code seq}
 * ranges (four per reader thread, one reader per processor up to four), each on its own
 * connection, up to the last event stored when the load began; the builder interns each range
 * while the readers go on with the next ones.
 */
final class SnapshotQuery {
  private final ConnectionSource connections;
  private final int parts;
  private final int ranges;

  SnapshotQuery(ConnectionSource connections) {
    this.connections = connections;
    this.parts = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    this.ranges = parts * 4;
  }

  Snapshot load(EventWeights weights) throws SQLException {
    SnapshotBuilder builder = new SnapshotBuilder();
    long lastSeq;
    try (Connection connection = connections.open()) {
      items(connection, builder);
      lastSeq = lastSeq(connection);
    }
    readEvents(lastSeq, builder);
    return builder.build(weights);
  }

  /**
   * Reads the ranges on reader threads and hands each to the builder, in order, as soon as it and
   * the ranges before it are read: interning the first range overlaps reading the later ones.
   */
  private void readEvents(long lastSeq, SnapshotBuilder builder) throws SQLException {
    ExecutorService readers = Executors.newFixedThreadPool(parts, SnapshotQuery::daemon);
    try {
      List<CompletableFuture<EventChunk>> chunks = new ArrayList<>();
      for (int part = 0; part < ranges; part++) {
        long after = lastSeq * part / ranges;
        long upTo = lastSeq * (part + 1) / ranges;
        chunks.add(CompletableFuture.supplyAsync(() -> readRange(after, upTo), readers));
      }
      for (int part = 0; part < ranges; part++) {
        chunks.get(part).join().addTo(builder);
        chunks.set(part, null); // let the range's columns go once interned
      }
    } catch (CompletionException e) {
      if (e.getCause() instanceof SqlFailure failure) {
        throw failure.getCause();
      }
      throw e;
    } finally {
      readers.shutdown();
    }
  }

  private EventChunk readRange(long after, long upTo) {
    try (Connection connection = connections.open()) {
      return EventChunk.read(connection, after, upTo);
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "tandem-snapshot-reader");
    thread.setDaemon(true);
    return thread;
  }

  private static long lastSeq(Connection connection) throws SQLException {
    try (Statement select = connection.createStatement();
        ResultSet row = select.executeQuery("select coalesce(max(seq), 0) from events")) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void items(Connection connection, SnapshotBuilder builder) throws SQLException {
    Map<String, String> categories = new HashMap<>();
    try (Statement select = connection.createStatement()) {
      select.setFetchSize(10_000);
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

  /** Carries an SQLException out of a reader thread. */
  private static final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}

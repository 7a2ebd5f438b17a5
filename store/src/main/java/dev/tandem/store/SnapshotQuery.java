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
 * connection, up to the last event stored when the load began, by the store's {@link EventRanges};
 * the catalog is read alongside on a connection of its own; the builder interns each range (after
 * the catalog) while the readers go on with the next ones.
 */
final class SnapshotQuery {
  private final ConnectionSource connections;
  private final EventRanges eventRanges;
  private final int parts;
  private final int ranges;

  SnapshotQuery(ConnectionSource connections, EventRanges eventRanges) {
    this.connections = connections;
    this.eventRanges = eventRanges;
    this.parts = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    this.ranges = parts * 4;
  }

  Snapshot load(EventWeights weights) throws SQLException {
    SnapshotBuilder builder = new SnapshotBuilder();
    long lastSeq;
    try (Connection connection = connections.open()) {
      lastSeq = lastSeq(connection);
    }
    ExecutorService readers = Executors.newFixedThreadPool(parts + 1, SnapshotQuery::daemon);
    try {
      CompletableFuture<List<CatalogItem>> catalog =
          CompletableFuture.supplyAsync(this::readCatalog, readers);
      List<CompletableFuture<EventChunk>> chunks = readEvents(lastSeq, readers);
      catalog.join().forEach(item -> item.addTo(builder));
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
    return builder.build(weights);
  }

  /**
   * Starts reading the ranges on reader threads; the caller hands each to the builder, in order, as
   * soon as it is read: interning the first range overlaps reading the later ones.
   */
  private List<CompletableFuture<EventChunk>> readEvents(long lastSeq, ExecutorService readers) {
    List<CompletableFuture<EventChunk>> chunks = new ArrayList<>();
    for (int part = 0; part < ranges; part++) {
      long after = lastSeq * part / ranges;
      long upTo = lastSeq * (part + 1) / ranges;
      chunks.add(CompletableFuture.supplyAsync(() -> readRange(after, upTo), readers));
    }
    return chunks;
  }

  private EventChunk readRange(long after, long upTo) {
    try (Connection connection = connections.open()) {
      return eventRanges.read(connection, after, upTo);
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

  private List<CatalogItem> readCatalog() {
    try (Connection connection = connections.open()) {
      return items(connection);
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  private static List<CatalogItem> items(Connection connection) throws SQLException {
    List<CatalogItem> items = new ArrayList<>();
    Map<String, String> categories = new HashMap<>();
    try (Statement select = connection.createStatement()) {
      select.setFetchSize(10_000);
      try (ResultSet rows =
          select.executeQuery("select id, title, category_path, price from items order by id")) {
        while (rows.next()) {
          String category =
              categories.computeIfAbsent(
                  rows.getString(3), json -> String.join(" > ", Json.list(json)));
          items.add(new CatalogItem(rows.getString(1), rows.getString(2), category,
              rows.getDouble(4)));
        }
      }
    }
    return items;
  }

  /** One item of the catalog as read, until the builder takes it. */
  private record CatalogItem(String id, String title, String category, double price) {
    void addTo(SnapshotBuilder builder) {
      builder.item(id, title, category, price);
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

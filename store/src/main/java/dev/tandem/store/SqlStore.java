package dev.tandem.store;

import dev.tandem.dataset.IdIndex;
import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.shop.EventWeights;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The one {@link Store} implementation, over JDBC. SQLite and PostgreSQL share the schema (Flyway
 * migrations under {@code db/migration/<vendor>}, the same but for one column type) and every query; they differ only in how connections are
 * made and how events are bulk-loaded ({@link BatchEventLoader} vs {@link CopyEventLoader}, one
 * loader per write transaction: a loader may learn about the table as it goes) and how the snapshot
 * reads event ranges ({@link JdbcEventRanges} vs {@link CopyEventRanges}).
 */
final class SqlStore implements Store {
  private final String description;
  private final ConnectionSource connections;
  private final Supplier<EventLoader> events;
  private final EventRanges eventRanges;

  private SqlStore(String description, ConnectionSource connections,
      Supplier<EventLoader> events, EventRanges eventRanges) {
    this.description = description;
    this.connections = connections;
    this.events = events;
    this.eventRanges = eventRanges;
  }

  static Store sqlite(StoreLocation location) {
    SqliteConnections connections = new SqliteConnections(location.file());
    migrate(connections, null, "sqlite", location);
    return new SqlStore("SQLite file " + location.file(), connections, BatchEventLoader::new,
        new JdbcEventRanges());
  }

  static Store postgres(StoreLocation location) {
    PostgresConnections connections = new PostgresConnections(location);
    try {
      migrate(connections, location.schema(), "postgresql", location);
    } catch (RuntimeException e) {
      connections.close();
      throw e;
    }
    String where = location.jdbcUrl().replaceAll("[?].*", "") + " (schema " + location.schema() + ")";
    return new SqlStore("PostgreSQL " + where, connections, CopyEventLoader::new,
        new CopyEventRanges());
  }

  private static void migrate(
      ConnectionSource connections, String schema, String vendor, StoreLocation location) {
    try {
      var config =
          Flyway.configure()
              .dataSource(connections.dataSource())
              .locations("classpath:db/migration/" + vendor)
              .loggers("slf4j");
      if (schema != null) {
        config.schemas(schema).createSchemas(true);
      }
      config.load().migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot prepare the store at " + location.jdbcUrl(), e);
    }
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public StoreWriter writer() {
    return new SqlWriter(query("open a write transaction", this::begin), events.get());
  }

  private Connection begin(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    return connection;
  }

  @Override
  public StoreStats stats(int topSellers) {
    return read("read statistics", connection -> new StatsQuery(connection).run(topSellers));
  }

  @Override
  public Snapshot snapshot(EventWeights weights) {
    try {
      return new SnapshotQuery(connections, eventRanges).load(weights);
    } catch (SQLException e) {
      throw new StoreException("cannot load the training snapshot from " + description, e);
    }
  }

  @Override
  public void recordImport(ImportRecord record) {
    read("record the import", connection -> {
      ImportHistory.add(connection, record);
      return null;
    });
  }

  @Override
  public List<ImportRecord> imports(int limit) {
    return read("read the import history", connection -> ImportHistory.latest(connection, limit));
  }

  @Override
  public CatalogFacts catalogFacts(IdIndex items) {
    return read("read stock and costs", connection -> CatalogFactsQuery.read(connection, items));
  }

  @Override
  public long lastEventSeq() {
    return read("read the last event number", EventLogQuery::lastSeq);
  }

  @Override
  public List<dev.tandem.shop.Event> purchasesAfter(long seq) {
    return read("read the purchases after event " + seq,
        connection -> EventLogQuery.purchasesAfter(connection, seq));
  }

  @Override
  public ShopperData shopper(String userId) {
    return read("read shopper " + userId, connection -> ShopperQuery.read(connection, userId));
  }

  @Override
  public ShopperData eraseShopper(String userId) {
    return read("erase shopper " + userId, connection -> {
      connection.setAutoCommit(false);
      try {
        ShopperData erased = ShopperQuery.read(connection, userId);
        ShopperQuery.erase(connection, userId);
        connection.commit();
        return erased;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    });
  }

  @Override
  public void close() {
    connections.close();
  }

  @Override
  public String toString() {
    return description;
  }

  /** Work on a fresh connection that is released afterwards. */
  private <T> T read(String what, SqlWork<T> work) {
    try (Connection connection = connections.open()) {
      return work.apply(connection);
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + " in " + description, e);
    }
  }

  /** Work whose result keeps the connection open (the caller closes it). */
  private <T> T query(String what, SqlWork<T> work) {
    Connection connection = null;
    try {
      connection = connections.open();
      return work.apply(connection);
    } catch (SQLException e) {
      SqlWriter.closeQuietly(connection);
      throw new StoreException("cannot " + what + " in " + description, e);
    }
  }

  @FunctionalInterface
  interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
  }
}

package dev.tandem.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Connections to one SQLite file, in WAL mode so readers never wait for the importer. Each call
 * opens a fresh connection: SQLite connections are cheap and this keeps writers on their own thread.
 *
 * <p>A new file gets {@value #PAGE_SIZE}-byte pages (an existing file keeps its own): the store is
 * written in bulk and read in full scans, and bigger pages make both cheaper, the checkpoint that
 * copies a large import from the WAL into the file most of all (measured: half the commit time of
 * 4 KiB pages). A single-event commit writes a few such pages, still small.
 */
final class SqliteConnections implements ConnectionSource {
  static final int PAGE_SIZE = 16_384;
  private final SQLiteDataSource dataSource;

  SqliteConnections(Path file) {
    createParent(file);
    boolean created = isNew(file);
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(10_000);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    config.setCacheSize(-64_000);
    dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file);
    if (created) {
      setPageSize(file);
    }
  }

  private static boolean isNew(Path file) {
    try {
      return !Files.exists(file) || Files.size(file) == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** The page size is fixed once the file has a journal mode, so it is set first, on its own. */
  private static void setPageSize(Path file) {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      statement.execute("pragma page_size = " + PAGE_SIZE);
      statement.execute("pragma journal_mode = wal");
    } catch (SQLException e) {
      throw new StoreException("cannot create the SQLite store " + file, e);
    }
  }

  private static void createParent(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("cannot create the folder " + parent + " for the SQLite store", e);
    }
  }

  @Override
  public Connection open() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {}
}

package dev.tandem.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(10_000);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    config.setCacheSize(-64_000);
    config.setPageSize(PAGE_SIZE);
    dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file);
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

package dev.tandem.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Hands out connections to one database; closing it releases them all. */
interface ConnectionSource extends AutoCloseable {

  Connection open() throws SQLException;

  /** For migrations. */
  DataSource dataSource();

  @Override
  void close();
}

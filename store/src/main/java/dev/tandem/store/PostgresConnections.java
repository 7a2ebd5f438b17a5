package dev.tandem.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A small HikariCP pool on one PostgreSQL database and schema. */
final class PostgresConnections implements ConnectionSource {
  private final HikariDataSource pool;

  PostgresConnections(StoreLocation location) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(location.jdbcUrl());
    config.setMaximumPoolSize(4);
    config.setPoolName("tandem-store");
    config.setConnectionTimeout(10_000);
    config.setSchema(location.schema());
    config.setInitializationFailTimeout(2_000);
    config.setConnectionInitSql("create schema if not exists \"" + location.schema() + "\"");
    try {
      pool = new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      throw new StoreException(
          "cannot connect to PostgreSQL at " + location.jdbcUrl() + " (is it running?)",
          e.getCause() == null ? e : e.getCause());
    }
  }

  @Override
  public Connection open() throws SQLException {
    return pool.getConnection();
  }

  @Override
  public DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
  }
}

package dev.tandem.store;

import dev.tandem.shop.Event;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Bulk-adds events inside the caller's transaction, skipping ids already stored. One loader serves
 * one transaction (it may keep what it learnt about the table from one batch to the next).
 */
interface EventLoader {

  /** Returns how many events were new. */
  int add(Connection connection, Collection<Event> events) throws SQLException;

  /** Called just before the transaction commits, after the last {@link #add}. */
  default void beforeCommit(Connection connection) throws SQLException {}
}

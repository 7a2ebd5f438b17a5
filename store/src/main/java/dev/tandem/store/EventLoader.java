package dev.tandem.store;

import dev.tandem.shop.Event;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/** Bulk-adds events inside the caller's transaction, skipping ids already stored. */
interface EventLoader {

  /** Returns how many events were new. */
  int add(Connection connection, Collection<Event> events) throws SQLException;
}

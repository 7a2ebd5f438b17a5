package dev.tandem.store;

import dev.tandem.shop.Event;
import dev.tandem.shop.Item;
import dev.tandem.shop.User;
import java.util.Collection;

/**
 * One write transaction. Nothing is visible to readers until {@link #commit()}; {@link #close()}
 * without commit rolls everything back. Not thread-safe: one writer per thread.
 */
public interface StoreWriter extends AutoCloseable {

  /** Inserts or replaces items by id; returns how many were written. */
  int putItems(Collection<Item> items);

  /** Inserts or replaces users by id; returns how many were written. */
  int putUsers(Collection<User> users);

  /** Adds events whose id is new; returns how many were added (the rest were already stored). */
  int addEvents(Collection<Event> events);

  void commit();

  /** Rolls back unless committed, and releases the connection. */
  @Override
  void close();
}

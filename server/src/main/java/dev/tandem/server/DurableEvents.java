package dev.tandem.server;

import dev.tandem.shop.Event;
import dev.tandem.store.Store;
import dev.tandem.store.StoreWriter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes events to the store, one transaction per call, and returns only after the commit: what
 * the API acknowledges survives a crash of the server. Writes to the store are serialised on it
 * (SQLite has one writer). After the commit the {@code listener} sees the events,
 * so live structures can learn from them at once.
 */
final class DurableEvents {
  private final Store store;
  private final Consumer<List<Event>> listener;

  DurableEvents(Store store, Consumer<List<Event>> listener) {
    this.store = store;
    this.listener = listener;
  }

  int add(List<Event> events) {
    int added;
    synchronized (store) {
      try (StoreWriter writer = store.writer()) {
        added = writer.addEvents(events);
        writer.commit();
      }
    }
    listener.accept(events);
    return added;
  }
}

package dev.tandem.ingest;

import dev.tandem.shop.Event;
import dev.tandem.shop.Item;
import dev.tandem.shop.User;
import dev.tandem.store.StoreWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A store writer that keeps what it is given in memory, for parsing and validation tests. */
class CollectingWriter implements StoreWriter {
  final Map<String, Item> items = new LinkedHashMap<>();
  final Map<String, User> users = new LinkedHashMap<>();
  final Map<String, Event> events = new LinkedHashMap<>();
  final List<String> eventOrder = new ArrayList<>();
  boolean committed;
  boolean closed;

  @Override
  public int putItems(Collection<Item> batch) {
    batch.forEach(item -> items.put(item.id(), item));
    return batch.size();
  }

  @Override
  public int putUsers(Collection<User> batch) {
    batch.forEach(user -> users.put(user.id(), user));
    return batch.size();
  }

  @Override
  public int addEvents(Collection<Event> batch) {
    int added = 0;
    for (Event event : batch) {
      if (events.putIfAbsent(event.id(), event) == null) {
        eventOrder.add(event.id());
        added++;
      }
    }
    return added;
  }

  @Override
  public void commit() {
    committed = true;
  }

  @Override
  public void close() {
    closed = true;
  }
}

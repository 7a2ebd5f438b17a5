package dev.tandem.ingest;

import dev.tandem.shop.Event;
import dev.tandem.shop.Item;
import dev.tandem.shop.User;
import java.util.List;

/** Records handed from the reading thread to the writing thread, a few thousand at a time. */
record Batch(List<Item> items, List<User> users, List<Event> events) {
  static final Batch END = new Batch(List.of(), List.of(), List.of());
}

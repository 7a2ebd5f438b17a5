package dev.tandem.store;

import dev.tandem.shop.Event;
import dev.tandem.shop.User;
import java.util.List;

/**
 * Everything the store holds about one shopper: their user record (null when none was stored) and
 * every event of theirs, in the order they were stored. What an export gives back, and what an
 * erasure removes.
 */
public record ShopperData(String userId, User user, List<Event> events) {
  public ShopperData {
    events = List.copyOf(events);
  }

  /** True when the store held nothing about the shopper. */
  public boolean isEmpty() {
    return user == null && events.isEmpty();
  }
}

package dev.tandem.store;

import dev.tandem.shop.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a store holds.
 *
 * @param items catalog items
 * @param users known shoppers
 * @param events all events
 * @param eventsByType events per type (types with none are absent)
 * @param orders distinct order ids among purchase events
 * @param firstEvent earliest event time, null when there are no events
 * @param lastEvent latest event time, null when there are no events
 * @param topSellers best-selling items by units purchased net of units returned, best first
 */
public record StoreStats(
    long items,
    long users,
    long events,
    Map<EventType, Long> eventsByType,
    long orders,
    Instant firstEvent,
    Instant lastEvent,
    List<TopSeller> topSellers) {

  /** One best seller: net units sold across how many orders (ties: more orders first, then by id). */
  public record TopSeller(String itemId, String title, long units, long orders) {}
}

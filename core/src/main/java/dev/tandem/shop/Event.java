package dev.tandem.shop;

import java.time.Instant;

/**
 * One thing a shopper did with an item.
 *
 * @param id unique and stable: importing or posting the same event twice stores it once
 * @param type what happened
 * @param userId the shopper, or null for a guest
 * @param sessionId the browsing session, or null
 * @param orderId the order or basket the event belongs to (purchases, returns, carts), or null
 * @param itemId the item
 * @param quantity units; positive (a return of 3 units has quantity 3)
 * @param unitPrice price paid per unit, or null when not known
 * @param rating the rating value for {@link EventType#RATING} events, else null
 * @param time when it happened
 * @param recommendationId the recommendation this event answers, for attribution, or null
 */
public record Event(
    String id,
    EventType type,
    String userId,
    String sessionId,
    String orderId,
    String itemId,
    int quantity,
    Double unitPrice,
    Double rating,
    Instant time,
    String recommendationId) {

  public Event {
    Require.id("event id", id);
    if (type == null) {
      throw new IllegalArgumentException("event " + id + " has no type");
    }
    Require.id("item id of event " + id, itemId);
    if (quantity <= 0) {
      throw new IllegalArgumentException(
          "quantity of event " + id + " must be positive, was " + quantity);
    }
    if (unitPrice != null) {
      Require.nonNegative("unit price of event " + id, unitPrice);
    }
    if (type == EventType.RATING && (rating == null || !Double.isFinite(rating))) {
      throw new IllegalArgumentException("rating event " + id + " has no rating value");
    }
    if (time == null) {
      throw new IllegalArgumentException("event " + id + " has no time");
    }
    userId = blankToNull(userId);
    sessionId = blankToNull(sessionId);
    orderId = blankToNull(orderId);
    recommendationId = blankToNull(recommendationId);
  }

  /** A purchase line of an order. */
  public static Event purchase(
      String id, String userId, String orderId, String itemId, int quantity, double unitPrice,
      Instant time) {
    return new Event(
        id, EventType.PURCHASE, userId, null, orderId, itemId, quantity, unitPrice, null, time, null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}

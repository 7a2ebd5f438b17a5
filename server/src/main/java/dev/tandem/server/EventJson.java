package dev.tandem.server;

import dev.tandem.shop.Event;
import dev.tandem.shop.EventType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * Reads one event from its JSON object: {@code id}, {@code type} and {@code itemId} required;
 * {@code userId}, {@code sessionId}, {@code orderId}, {@code quantity} (default 1), {@code
 * unitPrice}, {@code rating}, {@code time} (ISO-8601 or epoch milliseconds; default now) and {@code
 * recommendationId} optional. Throws {@link IllegalArgumentException} naming the field at fault.
 */
final class EventJson {
  private final Clock clock;

  EventJson(Clock clock) {
    this.clock = clock;
  }

  Event read(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("an event must be a JSON object");
    }
    String typeName = text(node, "type");
    EventType type =
        EventType.fromWireName(typeName == null ? "" : typeName)
            .orElseThrow(() -> new IllegalArgumentException(
                "type: '" + typeName + "' is not one of " + EventType.wireNames()));
    return new Event(
        text(node, "id"),
        type,
        text(node, "userId"),
        text(node, "sessionId"),
        text(node, "orderId"),
        text(node, "itemId"),
        node.has("quantity") ? wholeNumber(node, "quantity") : 1,
        number(node, "unitPrice"),
        number(node, "rating"),
        time(node),
        text(node, "recommendationId"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString() && !value.isNumber()) {
      throw new IllegalArgumentException(field + ": must be a string");
    }
    return value.asString();
  }

  private static int wholeNumber(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new IllegalArgumentException(field + ": must be a whole number, was " + value);
    }
    return value.intValue();
  }

  private static Double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException(field + ": must be a number, was " + value);
    }
    return value.doubleValue();
  }

  private Instant time(JsonNode node) {
    JsonNode value = node.get("time");
    if (value == null || value.isNull()) {
      return clock.instant();
    }
    if (value.isIntegralNumber()) {
      return Instant.ofEpochMilli(value.longValue());
    }
    try {
      return Instant.parse(value.asString());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "time: '" + value.asString() + "' is neither ISO-8601 (2026-11-23T10:15:30Z) nor epoch milliseconds");
    }
  }
}

package dev.tandem.shop;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a shopper did. The wire name (lower snake case) is what exports, the API and the store use. */
public enum EventType {
  VIEW,
  CLICK,
  ADD_TO_CART,
  REMOVE_FROM_CART,
  PURCHASE,
  RETURN,
  RATING,
  SEARCH,
  IMPRESSION;

  private final String wireName = name().toLowerCase(Locale.ROOT);

  public String wireName() {
    return wireName;
  }

  /** Parses a wire name, case-insensitively; empty if it names no event type. */
  public static Optional<EventType> fromWireName(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (EventType type : values()) {
      if (type.name().equals(key)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** The accepted wire names, for error messages. */
  public static String wireNames() {
    return Arrays.stream(values()).map(EventType::wireName).collect(Collectors.joining(", "));
  }
}

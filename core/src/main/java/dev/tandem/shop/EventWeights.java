package dev.tandem.shop;

import java.util.Arrays;
import java.util.Locale;

/**
 * How much each event type says about a shopper's interest in an item. A view counts less than a
 * purchase; a return counts against. Immutable; {@link #DEFAULT} holds the defaults and {@link
 * #parse(String)} reads overrides such as {@code "view=0.5,return=-4"}.
 */
public final class EventWeights {
  /** Defaults: view 1, click 1, search 0, impression 0, cart 3, uncart -1, rating 2, buy 5, return -5. */
  public static final EventWeights DEFAULT =
      new EventWeights(new double[] {1.0, 1.0, 3.0, -1.0, 5.0, -5.0, 2.0, 0.0, 0.0});

  private final double[] weights;

  private EventWeights(double[] weights) {
    this.weights = weights;
  }

  /** The weight of one event of this type. */
  public double of(EventType type) {
    return weights[type.ordinal()];
  }

  /** A copy with one weight changed. */
  public EventWeights with(EventType type, double weight) {
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight of " + type.wireName() + " must be finite: " + weight);
    }
    double[] copy = weights.clone();
    copy[type.ordinal()] = weight;
    return new EventWeights(copy);
  }

  /**
   * Reads comma-separated {@code type=weight} overrides on top of the defaults.
   *
   * @throws IllegalArgumentException naming the bad entry and what would be accepted
   */
  public static EventWeights parse(String overrides) {
    EventWeights result = DEFAULT;
    if (overrides == null || overrides.isBlank()) {
      return result;
    }
    for (String entry : overrides.split(",")) {
      String[] parts = entry.split("=", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException(
            "event weight '" + entry.trim() + "' is not of the form type=weight");
      }
      EventType type =
          EventType.fromWireName(parts[0])
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown event type '"
                              + parts[0].trim()
                              + "' in event weights; expected one of "
                              + EventType.wireNames()));
      result = result.with(type, parseWeight(parts[1], type));
    }
    return result;
  }

  private static double parseWeight(String text, EventType type) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "weight of " + type.wireName() + " is not a number: '" + text.trim() + "'", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventWeights that && Arrays.equals(weights, that.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (EventType type : EventType.values()) {
      text.append(text.length() == 0 ? "" : ",")
          .append(type.wireName())
          .append('=')
          .append(String.format(Locale.ROOT, "%s", weights[type.ordinal()]));
    }
    return text.toString();
  }
}

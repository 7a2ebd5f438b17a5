package dev.tandem.engine.businessrules;

import java.util.Locale;

/**
 * How much pricier an up-sell may be, as fractions of the item's price: {@code 0.10..1.00} means
 * from 10% to 100% more.
 */
public record PriceBand(double minIncrease, double maxIncrease) {
  private static final double TOLERANCE = 1e-9;

  public PriceBand {
    if (!(minIncrease >= 0) || !(maxIncrease > minIncrease) || Double.isInfinite(maxIncrease)) {
      throw new IllegalArgumentException("a price band needs 0 <= min < max, finite; got "
          + minIncrease + ".." + maxIncrease);
    }
  }

  /** Reads {@code 0.10..1.00}. */
  public static PriceBand parse(String text) {
    String[] parts = text.trim().split("\\.\\.");
    if (parts.length != 2) {
      throw new IllegalArgumentException("price band '" + text.trim()
          + "' is not of the form MIN..MAX, e.g. 0.10..1.00 for +10% to +100%");
    }
    return new PriceBand(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
  }

  /** Whether {@code pricier} is within the band above {@code price} (to a billionth, for rounding). */
  public boolean contains(double price, double pricier) {
    return pricier + TOLERANCE >= price * (1 + minIncrease)
        && pricier - TOLERANCE <= price * (1 + maxIncrease);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.2f..%.2f", minIncrease, maxIncrease);
  }
}

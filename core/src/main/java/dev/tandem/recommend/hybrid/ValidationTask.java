package dev.tandem.recommend.hybrid;

import dev.tandem.dataset.Snapshot;
import dev.tandem.shop.EventWeights;
import java.util.Locale;

/**
 * What a blend learns its weights on, in the held-out latest baskets of its training data: to
 * complete a basket (a cart's missing item: "complete your basket", frequently bought together) or
 * to guess a shopper's next purchases from their history (next best offer, "picked for you").
 */
public enum ValidationTask {
  BASKET_COMPLETION("basket-completion"),
  NEXT_PURCHASES("next-purchases");

  private final String wireName;

  ValidationTask(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static ValidationTask parse(String text) {
    for (ValidationTask task : values()) {
      if (task.wireName.equals(text.trim().toLowerCase(Locale.ROOT))) {
        return task;
      }
    }
    throw new IllegalArgumentException(
        "expected basket-completion or next-purchases, not '" + text.trim() + "'");
  }

  ValidationSplit split(
      Snapshot snapshot, double fraction, int maxQueries, EventWeights weights, long seed) {
    return this == BASKET_COMPLETION
        ? ValidationSplit.of(snapshot, fraction, maxQueries, weights, seed)
        : ValidationSplit.nextPurchases(snapshot, fraction, maxQueries, weights, seed);
  }
}

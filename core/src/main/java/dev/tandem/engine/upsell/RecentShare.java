package dev.tandem.engine.upsell;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import java.time.Duration;

/**
 * What shoppers of a product type chose lately: for every item, the orders of the last {@code days}
 * days of the data (before its last order, so the same snapshot always gives the same counts)
 * that held it, and for every type the recent orders that held any of its items. The up-sell's
 * P(choice) under {@code upsell.choice=recent}: {@code (orders(b) + prior) / (orders(type) + prior
 * × items(type))}, the item's share of the type's recent orders, smoothed so that an item not sold
 * lately keeps a small chance. Immutable.
 */
public final class RecentShare {
  private final ProductTypes types;
  private final int[] itemOrders;
  private final int[] typeOrders;
  private final double prior;
  private final int days;

  private RecentShare(ProductTypes types, int[] itemOrders, int[] typeOrders, double prior,
      int days) {
    this.types = types;
    this.itemOrders = itemOrders;
    this.typeOrders = typeOrders;
    this.prior = prior;
    this.days = days;
  }

  /** Counts the orders of the last {@code days} days of the snapshot. */
  public static RecentShare of(Snapshot snapshot, ProductTypes types, int days, double prior) {
    CsrMatrix baskets = snapshot.basketItems();
    long last = Long.MIN_VALUE;
    for (int basket = 0; basket < baskets.rowCount(); basket++) {
      last = Math.max(last, snapshot.basketTime(basket));
    }
    long since = last - Duration.ofDays(days).toMillis();
    int[] itemOrders = new int[snapshot.itemCount()];
    int[] typeOrders = new int[types.size()];
    int[] seenIn = new int[types.size()];
    for (int basket = 0; basket < baskets.rowCount(); basket++) {
      if (snapshot.basketTime(basket) > since) {
        for (int p = baskets.rowStart(basket); p < baskets.rowEnd(basket); p++) {
          int item = baskets.columnAt(p);
          itemOrders[item]++;
          int type = types.typeOf(item);
          if (seenIn[type] != basket + 1) {
            seenIn[type] = basket + 1;
            typeOrders[type]++;
          }
        }
      }
    }
    return new RecentShare(types, itemOrders, typeOrders, prior, days);
  }

  /** The smoothed share of the type's recent orders that held the item. */
  public double probability(int item) {
    int type = types.typeOf(item);
    return (itemOrders[item] + prior) / (typeOrders[type] + prior * types.itemCount(type));
  }

  /** Recent orders that held the item. */
  public int orders(int item) {
    return itemOrders[item];
  }

  /** Recent orders that held an item of the item's type. */
  public int typeOrders(int item) {
    return typeOrders[types.typeOf(item)];
  }

  /** The unsmoothed share of the type's recent orders that held the item (0 when none). */
  public double observedShare(int item) {
    int orders = typeOrders(item);
    return orders == 0 ? 0 : (double) itemOrders[item] / orders;
  }

  public int days() {
    return days;
  }
}

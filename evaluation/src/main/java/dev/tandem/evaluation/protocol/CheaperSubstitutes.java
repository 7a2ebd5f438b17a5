package dev.tandem.evaluation.protocol;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import java.util.Arrays;

/**
 * The query item of the up-sell protocols, decided by training data only: for an item {@code b},
 * the most popular item (training orders; ties to the lower index) of {@code b}'s product type
 * priced at least {@link #MIN_INCREASE} below it ({@code price(a) × 1.1 ≤ price(b)}, training list
 * prices), or -1 when the type is the catch-all or has no such item sold in training. The product types are the engine's ({@link ProductTypes}
 * of the training snapshot: imported categories, else types derived from titles). Immutable.
 */
public final class CheaperSubstitutes {
  /** A trade-up is at least this much pricier: the engine's default band floor, +10%. */
  public static final double MIN_INCREASE = 0.10;

  private final int[] queryOf;

  private CheaperSubstitutes(int[] queryOf) {
    this.queryOf = queryOf;
  }

  public static CheaperSubstitutes of(Snapshot training, ProductTypes types) {
    int[] orders = ordersPerItem(training);
    int[] queryOf = new int[training.itemCount()];
    Arrays.fill(queryOf, -1);
    for (int type = 0; type < types.size(); type++) {
      if (!types.isOther(type)) {
        sweep(types.items(type), training, orders, queryOf);
      }
    }
    return new CheaperSubstitutes(queryOf);
  }

  /** Items of one type by price; each gets the best seller among those cheap enough. */
  private static void sweep(int[] items, Snapshot training, int[] orders, int[] queryOf) {
    int[] byPrice = Arrays.stream(items).boxed().filter(i -> training.itemPrice(i) > 0)
        .sorted((a, b) -> Double.compare(training.itemPrice(a), training.itemPrice(b)))
        .mapToInt(Integer::intValue).toArray();
    int best = -1;
    int cheap = 0;
    for (int b : byPrice) {
      for (; cheap < byPrice.length && cheapEnough(training, byPrice[cheap], b); cheap++) {
        int a = byPrice[cheap];
        if (orders[a] > 0 && (best < 0 || orders[a] > orders[best]
            || (orders[a] == orders[best] && a < best))) {
          best = a;
        }
      }
      queryOf[b] = best;
    }
  }

  /** Whether {@code a} is at least {@link #MIN_INCREASE} cheaper than {@code b}. */
  static boolean cheapEnough(Snapshot training, int a, int b) {
    return training.itemPrice(a) * (1 + MIN_INCREASE) <= training.itemPrice(b) + 1e-9;
  }

  static int[] ordersPerItem(Snapshot training) {
    CsrMatrix byItem = training.basketItems().transpose();
    int[] orders = new int[training.itemCount()];
    for (int item = 0; item < orders.length && item < byItem.rowCount(); item++) {
      orders[item] = byItem.rowLength(item);
    }
    return orders;
  }

  /** The query item for {@code b}, or -1. */
  public int queryFor(int b) {
    return queryOf[b];
  }
}

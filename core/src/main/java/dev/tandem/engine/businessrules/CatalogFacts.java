package dev.tandem.engine.businessrules;

import java.util.Arrays;

/**
 * Facts about items that the training snapshot does not hold and some rules need: units in stock
 * (-1 when the shop does not track it) and unit cost (NaN when unknown). Immutable.
 */
public final class CatalogFacts {
  private final int[] stock;
  private final double[] cost;

  private CatalogFacts(int[] stock, double[] cost) {
    this.stock = stock;
    this.cost = cost;
  }

  /** Nothing known: every item may be sold, no margins. */
  public static CatalogFacts unknown(int itemCount) {
    int[] stock = new int[itemCount];
    double[] cost = new double[itemCount];
    Arrays.fill(stock, -1);
    Arrays.fill(cost, Double.NaN);
    return new CatalogFacts(stock, cost);
  }

  /**
   * Facts from per-item arrays (copied): units in stock (-1 when not tracked) and unit cost (NaN
   * when unknown), by snapshot item index.
   */
  public static CatalogFacts of(int[] stock, double[] cost) {
    if (stock.length != cost.length) {
      throw new IllegalArgumentException(stock.length + " stock values, " + cost.length
          + " costs");
    }
    return new CatalogFacts(stock.clone(), cost.clone());
  }

  /** A copy with the item's stock set (units; -1 for not tracked). */
  public CatalogFacts withStock(int item, int units) {
    int[] copy = stock.clone();
    copy[item] = units;
    return new CatalogFacts(copy, cost);
  }

  /** A copy with the item's unit cost set (NaN for unknown). */
  public CatalogFacts withCost(int item, double unitCost) {
    double[] copy = cost.clone();
    copy[item] = unitCost;
    return new CatalogFacts(stock, copy);
  }

  /** Units in stock, or -1 when not tracked. */
  public int stock(int item) {
    return stock[item];
  }

  public boolean outOfStock(int item) {
    return stock[item] == 0;
  }

  /** Unit cost, or NaN when unknown. */
  public double cost(int item) {
    return cost[item];
  }

  public boolean hasCost(int item) {
    return !Double.isNaN(cost[item]);
  }
}

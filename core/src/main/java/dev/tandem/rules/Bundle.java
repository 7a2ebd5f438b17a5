package dev.tandem.rules;

import java.util.Arrays;

/**
 * Items often bought together, to sell as a bundle.
 *
 * @param items item ids, ascending (2 to 4 of them)
 * @param coPurchaseCount orders that hold all of them
 * @param lift how many times more often than chance the weakest item joins the others: the minimum
 *     over the items i of support(set) / (support(i) × support(set without i)); for a pair, the
 *     usual lift
 * @param combinedPrice the sum of the items' prices, NaN when one is unknown
 */
public record Bundle(int[] items, int coPurchaseCount, double lift, double combinedPrice) {
  /** "Bought together in 312 orders, 4.2× more often than chance". */
  public String evidence() {
    return Evidence.boughtTogether(coPurchaseCount, lift);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bundle b && Arrays.equals(items, b.items)
        && coPurchaseCount == b.coPurchaseCount && Double.compare(lift, b.lift) == 0
        && Double.compare(combinedPrice, b.combinedPrice) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(items) * 31 + coPurchaseCount;
  }

  @Override
  public String toString() {
    return Arrays.toString(items) + " " + evidence();
  }
}

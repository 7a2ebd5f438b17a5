package dev.tandem.engine.upsell;

import dev.tandem.engine.relation.CooccurrenceCounts;

/**
 * P(accept): the chance that a shopper about to buy item {@code a} takes the pricier {@code b}
 * instead, estimated from the orders that hold exactly one of the two: {@code (onlyB + 1) / (onlyA
 * + onlyB + 2)}, where {@code onlyB} = orders with b but not a. The +1/+2 (Laplace) keeps a pair
 * with few orders near one half rather than at 0 or 1. Orders holding both say nothing about a
 * choice between them and are left out.
 *
 * @param onlyA orders with the cheaper item but not the pricier
 * @param onlyB orders with the pricier item but not the cheaper
 */
public record Acceptance(int onlyA, int onlyB) {
  public static Acceptance of(CooccurrenceCounts counts, int cheaper, int pricier) {
    int both = counts.together(cheaper, pricier);
    return new Acceptance(counts.ordersWith(cheaper) - both, counts.ordersWith(pricier) - both);
  }

  public double probability() {
    return (onlyB + 1.0) / (onlyA + onlyB + 2.0);
  }

  /** Share of the deciding orders that chose the pricier item (unsmoothed). */
  public double observedShare() {
    return onlyA + onlyB == 0 ? 0 : (double) onlyB / (onlyA + onlyB);
  }

  public int decidingOrders() {
    return onlyA + onlyB;
  }
}

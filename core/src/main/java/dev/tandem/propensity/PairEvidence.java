package dev.tandem.propensity;

import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.engine.relation.CooccurrenceCounts;

/**
 * What a candidate item has with a shopper's items (their recent purchases plus the anchor):
 * the share of those items of the candidate's product type (the catch-all type never counts), the
 * best lift and best cosine of co-purchase, and the mean confidence P(candidate | item).
 */
record PairEvidence(double typeShare, double bestLift, double meanConfidence, double bestCosine) {
  private static final PairEvidence NONE = new PairEvidence(0, 0, 0, 0);

  static PairEvidence of(int item, int anchor, int[] recent, CooccurrenceCounts counts,
      ProductTypes types) {
    int n = recent.length + (anchor >= 0 ? 1 : 0);
    if (n == 0) {
      return NONE;
    }
    int type = types.typeOf(item);
    boolean typed = !types.isOther(type);
    double sameType = 0;
    double bestLift = 0;
    double confidence = 0;
    double bestCosine = 0;
    int orders = counts.ordersWith(item);
    for (int i = 0; i < n; i++) {
      int other = i < recent.length ? recent[i] : anchor;
      sameType += typed && types.typeOf(other) == type ? 1 : 0;
      int together = other == item ? 0 : counts.together(item, other);
      int otherOrders = counts.ordersWith(other);
      if (together == 0 || otherOrders == 0) {
        continue;
      }
      bestLift = Math.max(bestLift,
          (double) together * counts.orderCount() / ((double) orders * otherOrders));
      confidence += (double) together / otherOrders;
      bestCosine = Math.max(bestCosine, together / Math.sqrt((double) orders * otherOrders));
    }
    return new PairEvidence(sameType / n, bestLift, confidence / n, bestCosine);
  }
}

package dev.tandem.rules;

/**
 * A rarely sold item that shoppers of a best seller buy far more often than chance: show it next to
 * the best seller.
 *
 * @param slowMover the rarely sold item
 * @param bestSeller the top seller it goes with
 * @param pairCount orders holding both
 * @param slowMoverCount orders holding the slow mover
 * @param bestSellerCount orders holding the best seller
 * @param lift how many times more often than chance they are bought together
 * @param transactionCount orders in all
 */
public record SlowMoverPairing(
    int slowMover,
    int bestSeller,
    int pairCount,
    int slowMoverCount,
    int bestSellerCount,
    double lift,
    int transactionCount) {

  /** Share of the slow mover's orders that also hold the best seller. */
  public double slowMoverConfidence() {
    return (double) pairCount / slowMoverCount;
  }

  /** Share of the best seller's orders that also hold the slow mover. */
  public double bestSellerConfidence() {
    return (double) pairCount / bestSellerCount;
  }

  /** "Bought together in 40 orders, 6.0× more often than chance". */
  public String evidence() {
    return Evidence.boughtTogether(pairCount, lift);
  }
}

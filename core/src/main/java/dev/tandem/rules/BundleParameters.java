package dev.tandem.rules;

/**
 * What makes a bundle or a slow-mover pairing worth suggesting.
 *
 * @param minItems fewest items in a bundle (at least 2)
 * @param maxItems most items in a bundle
 * @param minLift least lift of a bundle or pairing
 * @param limit most suggestions returned
 * @param bestSellers how many top-selling items (by orders) count as best sellers
 * @param slowMoverShare items whose order count is at most this quantile of the items sold (0.5 =
 *     the slower half) count as slow movers
 */
public record BundleParameters(
    int minItems, int maxItems, double minLift, int limit, int bestSellers, double slowMoverShare) {

  /** 2–4 items, lift at least 1.5, 50 suggestions, top 20 sellers, the slower half as slow. */
  public static final BundleParameters DEFAULTS = new BundleParameters(2, 4, 1.5, 50, 20, 0.5);

  public BundleParameters {
    if (minItems < 2 || maxItems < minItems) {
      throw new IllegalArgumentException("need 2 <= minItems <= maxItems");
    }
    if (!(minLift >= 0) || limit < 0 || bestSellers < 0) {
      throw new IllegalArgumentException("minLift, limit and bestSellers must not be negative");
    }
    if (!(slowMoverShare >= 0 && slowMoverShare <= 1)) {
      throw new IllegalArgumentException("slowMoverShare must be in [0, 1]");
    }
  }
}

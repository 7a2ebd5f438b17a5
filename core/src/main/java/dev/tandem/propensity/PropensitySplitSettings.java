package dev.tandem.propensity;

import dev.tandem.segments.SegmentSettings;

/**
 * How {@link TemporalPropensitySplit} cuts the shop's orders in time and samples negatives.
 *
 * @param trainCut share of orders (by time) before the training window: features of training
 *     rows come from them
 * @param testCut share of orders before the test window; training labels are the purchases
 *     between the two cuts, test labels those after {@code testCut}
 * @param negatives sampled non-purchases per purchase
 * @param seed seeds the negative sampling and the segments
 * @param segments how the shopper segments used as features are made (k is fixed from the
 *     training cut for the test cut, so both sets have the same columns)
 */
public record PropensitySplitSettings(
    double trainCut, double testCut, int negatives, long seed, SegmentSettings segments) {
  public PropensitySplitSettings {
    if (!(trainCut > 0 && trainCut < testCut && testCut < 1)) {
      throw new IllegalArgumentException(
          "need 0 < trainCut < testCut < 1, got " + trainCut + " and " + testCut);
    }
    if (negatives < 1) {
      throw new IllegalArgumentException("negatives must be at least 1, got " + negatives);
    }
  }

  /** Cuts at 60% and 80% of orders, 4 negatives per purchase, seed 42. */
  public static PropensitySplitSettings defaults() {
    return withSeed(SegmentSettings.DEFAULT_SEED);
  }

  public static PropensitySplitSettings withSeed(long seed) {
    return new PropensitySplitSettings(0.6, 0.8, 4, seed,
        SegmentSettings.defaults().withSeed(seed));
  }
}

package dev.tandem.engine.relation;

/**
 * When a pair is called complements or substitutes.
 *
 * @param minTogether complements are in at least this many orders together
 * @param minLift ... and together at least this many times more often than chance
 * @param maxSubstituteLift substitutes are together at most this many times as often as chance
 * @param minExpectedTogether ... and would be together in this many orders by chance, so that
 *     their rarity together means something
 * @param minTitleSimilarity items of different (or no) type with at least this share of title words
 *     in common (Jaccard) count as the same kind of product
 * @param minChosenInstead with view events: the same kind of product viewed in one session and one
 *     bought instead of the other in at least this many sessions (and more often than both bought)
 *     are substitutes too
 */
public record RelationThresholds(
    int minTogether, double minLift, double maxSubstituteLift, double minExpectedTogether,
    double minTitleSimilarity, int minChosenInstead) {

  /** Default browsing threshold: chosen instead of each other in 3 sessions. */
  public static final int DEFAULT_MIN_CHOSEN_INSTEAD = 3;

  public RelationThresholds {
    if (minTogether < 1 || !(minLift >= 1) || !(maxSubstituteLift >= 0)
        || maxSubstituteLift >= minLift || !(minExpectedTogether > 0)
        || !(minTitleSimilarity > 0 && minTitleSimilarity <= 1) || minChosenInstead < 1) {
      throw new IllegalArgumentException("relation thresholds out of range: " + this);
    }
  }

  /** Thresholds with the default browsing threshold. */
  public RelationThresholds(int minTogether, double minLift, double maxSubstituteLift,
      double minExpectedTogether, double minTitleSimilarity) {
    this(minTogether, minLift, maxSubstituteLift, minExpectedTogether, minTitleSimilarity,
        DEFAULT_MIN_CHOSEN_INSTEAD);
  }

  /** Complements: 5+ orders at 2× chance; substitutes: ≤ 0.5× chance where 2+ are expected. */
  public static RelationThresholds defaults() {
    return new RelationThresholds(5, 2.0, 0.5, 2.0, 0.6);
  }
}

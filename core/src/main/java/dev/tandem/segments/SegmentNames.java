package dev.tandem.segments;

import java.util.HashMap;
import java.util.Map;

/**
 * Names a segment from its centroid in standardised units (r = recency, high is long ago; f =
 * log frequency) and its customers' median tenure, by the first rule that holds:
 *
 * <ul>
 *   <li>{@code champions}: bought recently (r ≤ 0) and often (f ≥ 0.75);
 *   <li>{@code loyal}: recently and more often than most (f ≥ 0);
 *   <li>{@code new}: recently, few orders, first purchase at most {@value #NEW_TENURE_DAYS} days
 *       ago (median);
 *   <li>{@code occasional}: recently, few orders, known for longer;
 *   <li>{@code at risk}: often (f ≥ 0.5) but not lately (r &gt; 0);
 *   <li>{@code lapsed}: long ago (r &gt; 1);
 *   <li>{@code fading}: otherwise (not lately, few orders).
 * </ul>
 *
 * A name already taken gets a number ("loyal 2").
 */
final class SegmentNames {
  static final double NEW_TENURE_DAYS = 120;

  private final Map<String, Integer> used = new HashMap<>();

  String name(double r, double f, double medianTenureDays) {
    String base = base(r, f, medianTenureDays);
    int count = used.merge(base, 1, Integer::sum);
    return count == 1 ? base : base + " " + count;
  }

  static String base(double r, double f, double medianTenureDays) {
    if (r <= 0) {
      if (f >= 0.75) {
        return "champions";
      }
      if (f >= 0) {
        return "loyal";
      }
      return medianTenureDays <= NEW_TENURE_DAYS ? "new" : "occasional";
    }
    if (f >= 0.5) {
      return "at risk";
    }
    return r > 1 ? "lapsed" : "fading";
  }
}

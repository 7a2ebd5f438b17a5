package dev.tandem.engine.explain;

import java.util.Map;
import java.util.TreeMap;

/**
 * Why an item is suggested: the stage that proposed it ({@code source}: "rules", "co-purchase",
 * "popular", "pinned", "upgrade"), the numbers behind it by name, and a sentence with that evidence.
 */
public record Reason(String source, Map<String, Double> measures, String sentence) {
  public Reason {
    measures = Map.copyOf(new TreeMap<>(measures));
  }

  /** The named measure, or NaN when this reason has none. */
  public double measure(String name) {
    return measures.getOrDefault(name, Double.NaN);
  }
}

package dev.tandem.engine.explain;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Why an item is suggested: the stage that proposed it ({@code source}: "rules", "co-purchase",
 * "popular", "pinned", "upgrade"), the numbers behind it by name, and a sentence with that evidence.
 * The sentence is written only when asked for: a request weighs hundreds of candidates and
 * explains only the few it returns. Immutable.
 */
public final class Reason {
  private final String source;
  private final Map<String, Double> measures;
  private final Supplier<String> sentence;

  public Reason(String source, Map<String, Double> measures, Supplier<String> sentence) {
    this.source = Objects.requireNonNull(source);
    this.measures = Map.copyOf(measures);
    this.sentence = Objects.requireNonNull(sentence);
  }

  public Reason(String source, Map<String, Double> measures, String sentence) {
    this(source, measures, () -> sentence);
  }

  public String source() {
    return source;
  }

  /** The numbers behind the reason, by name ("orders", "lift", "confidence", "pAccept" ...). */
  public Map<String, Double> measures() {
    return measures;
  }

  /** The named measure, or NaN when this reason has none. */
  public double measure(String name) {
    return measures.getOrDefault(name, Double.NaN);
  }

  /** The sentence with the evidence, for shoppers and merchants. */
  public String sentence() {
    return sentence.get();
  }

  @Override
  public String toString() {
    return source + ": " + sentence();
  }
}

package dev.tandem.engine.explain;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Why an item is suggested: the stage that proposed it ({@code source}: "rules", "co-purchase",
 * "popular", "pinned", "upgrade"), the numbers behind it by name, and a sentence with that evidence.
 * The sentence is written only when asked for, and with {@link #lazy} the measures too: a request
 * weighs hundreds of candidates and explains only the few it returns. Immutable (lazy measures are
 * gathered once, on first use; a race gathers the same map twice, harmlessly).
 */
public final class Reason {
  private final String source;
  private final Supplier<Map<String, Double>> gather;
  private final Supplier<String> sentence;
  private Map<String, Double> measures;

  public Reason(String source, Map<String, Double> measures, Supplier<String> sentence) {
    Map<String, Double> copy = Map.copyOf(measures);
    this.source = Objects.requireNonNull(source);
    this.measures = copy;
    this.gather = () -> copy; // a thread that sees the plain field unset still reads the copy
    this.sentence = Objects.requireNonNull(sentence);
  }

  private Reason(
      String source, Supplier<Map<String, Double>> measures, Supplier<String> sentence) {
    this.source = Objects.requireNonNull(source);
    this.gather = Objects.requireNonNull(measures);
    this.sentence = Objects.requireNonNull(sentence);
  }

  /**
   * A reason whose measures, like its sentence, are put together only when asked for: what a
   * candidate source gives each of its hundreds of candidates.
   */
  public static Reason lazy(
      String source, Supplier<Map<String, Double>> measures, Supplier<String> sentence) {
    return new Reason(source, measures, sentence);
  }

  public Reason(String source, Map<String, Double> measures, String sentence) {
    this(source, measures, () -> sentence);
  }

  public String source() {
    return source;
  }

  /** The numbers behind the reason, by name ("orders", "lift", "confidence", "pAccept" ...). */
  public Map<String, Double> measures() {
    Map<String, Double> gathered = measures;
    if (gathered == null) {
      gathered = Map.copyOf(gather.get());
      measures = gathered;
    }
    return gathered;
  }

  /** The named measure, or NaN when this reason has none. */
  public double measure(String name) {
    return measures().getOrDefault(name, Double.NaN);
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

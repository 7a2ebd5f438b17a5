package dev.tandem.rules;

import java.util.Comparator;

/** A measure of a rule, to filter or sort by. Higher is better for every one of them. */
public enum RuleMeasure {
  SUPPORT,
  CONFIDENCE,
  LIFT,
  LEVERAGE,
  CONVICTION;

  /** This measure of a rule. */
  public double of(Rule rule) {
    return switch (this) {
      case SUPPORT -> rule.support();
      case CONFIDENCE -> rule.confidence();
      case LIFT -> rule.lift();
      case LEVERAGE -> rule.leverage();
      case CONVICTION -> rule.conviction();
    };
  }

  /**
   * Best first by this measure, then by confidence, lift and count, then by the items (so the
   * order is total and deterministic).
   */
  public Comparator<Rule> bestFirst() {
    return Comparator.comparingDouble((Rule r) -> -of(r))
        .thenComparingDouble(r -> -r.confidence())
        .thenComparingDouble(r -> -r.lift())
        .thenComparingInt(r -> -r.count())
        .thenComparing(Rule::antecedent, java.util.Arrays::compare)
        .thenComparing(Rule::consequent, java.util.Arrays::compare);
  }
}

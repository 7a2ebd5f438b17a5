package dev.tandem.rules;

/**
 * One answer of a {@link RuleIndex}: items to offer, and the rule that suggests them as evidence.
 *
 * @param items the rule's consequent, none of it in the cart (ascending ids)
 * @param rule the best rule whose antecedent the cart holds and whose consequent is {@code items}
 * @param score the index's ranking measure of that rule
 */
public record Suggestion(int[] items, Rule rule, double score) {
  /** The single suggested item (the first when the consequent has several). */
  public int item() {
    return items[0];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Suggestion s && rule.equals(s.rule) && score == s.score;
  }

  @Override
  public int hashCode() {
    return rule.hashCode();
  }

  @Override
  public String toString() {
    return java.util.Arrays.toString(items) + " via " + rule;
  }
}

package dev.tandem.rules;

import java.util.Arrays;

/**
 * An association rule X ⇒ Y with its counts: {@code count} transactions hold X ∪ Y, {@code
 * antecedentCount} hold X, {@code consequentCount} hold Y, out of {@code transactionCount}. Item
 * ids ascending in both sides; the sides are disjoint and non-empty.
 */
public record Rule(
    int[] antecedent,
    int[] consequent,
    int count,
    int antecedentCount,
    int consequentCount,
    int transactionCount) {

  public Rule {
    if (antecedent.length == 0 || consequent.length == 0) {
      throw new IllegalArgumentException("both sides of a rule need an item");
    }
    if (count > antecedentCount || count > consequentCount || antecedentCount > transactionCount
        || consequentCount > transactionCount || count < 0) {
      throw new IllegalArgumentException("inconsistent rule counts");
    }
  }

  /** Fraction of transactions holding X ∪ Y. */
  public double support() {
    return (double) count / transactionCount;
  }

  /** P(Y | X). */
  public double confidence() {
    return (double) count / antecedentCount;
  }

  /** Confidence over the support of Y: how many times more often than if X and Y were unrelated. */
  public double lift() {
    return (double) count * transactionCount / ((double) antecedentCount * consequentCount);
  }

  /** support(X ∪ Y) − support(X)·support(Y). */
  public double leverage() {
    double n = transactionCount;
    return count / n - (antecedentCount / n) * (consequentCount / n);
  }

  /** (1 − support(Y)) / (1 − confidence); infinite when the confidence is 1. */
  public double conviction() {
    double confidence = confidence();
    if (confidence >= 1.0) {
      return Double.POSITIVE_INFINITY;
    }
    return (1.0 - (double) consequentCount / transactionCount) / (1.0 - confidence);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Rule r
        && Arrays.equals(antecedent, r.antecedent)
        && Arrays.equals(consequent, r.consequent)
        && count == r.count
        && antecedentCount == r.antecedentCount
        && consequentCount == r.consequentCount
        && transactionCount == r.transactionCount;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(antecedent) + Arrays.hashCode(consequent) + count;
  }

  @Override
  public String toString() {
    return Arrays.toString(antecedent) + " => " + Arrays.toString(consequent) + " (count " + count
        + ", confidence " + String.format(java.util.Locale.ROOT, "%.3f", confidence())
        + ", lift " + String.format(java.util.Locale.ROOT, "%.2f", lift()) + ")";
  }
}

package dev.tandem.rules;

/**
 * Which frequent itemsets to report. Closed and maximal are judged among the itemsets mined, so
 * with a maximum length L an itemset of length L has no mined superset.
 */
public enum ItemsetKind {
  /** Every frequent itemset. */
  ALL,
  /** Frequent itemsets with no proper superset of the same count. */
  CLOSED,
  /** Frequent itemsets with no frequent proper superset. */
  MAXIMAL
}

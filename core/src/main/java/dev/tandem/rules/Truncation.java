package dev.tandem.rules;

/** Why mining stopped before it had found every frequent itemset, or {@link #NONE}. */
public enum Truncation {
  /** Mining ran to completion. */
  NONE("complete"),
  /** The time budget was reached. */
  TIME_BUDGET("time budget reached"),
  /** The estimated bytes of trees and itemsets held would have passed the memory budget. */
  MEMORY_BUDGET("memory budget reached"),
  /** The maximum number of itemsets was reached. */
  ITEMSET_BUDGET("itemset count budget reached");

  private final String reason;

  Truncation(String reason) {
    this.reason = reason;
  }

  /** A short reason in words, e.g. "time budget reached". */
  public String reason() {
    return reason;
  }

  public boolean truncated() {
    return this != NONE;
  }
}

package dev.tandem.engine.businessrules;

/** What a cross-sell ranking maximises, with P = the source's estimate that the item is added. */
public enum CrossSellObjective {
  /** P: the suggestion most likely to be added. */
  CONVERSION,
  /** P × list price: expected revenue of the suggestion. */
  REVENUE
}

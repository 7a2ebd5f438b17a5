package dev.tandem.engine.businessrules;

/** What an up-sell ranking maximises, with P = the estimated chance the shopper takes it. */
public enum UpsellObjective {
  /** P: the upgrade most likely to be taken. */
  CONVERSION,
  /** P × price difference: expected extra revenue. */
  REVENUE,
  /** P × margin difference (needs unit costs; falls back to revenue without them). */
  MARGIN
}

package dev.tandem.engine.businessrules;

/** Where an up-sell's P(choice), the chance it is the one chosen among its type, comes from. */
public enum UpsellChoice {
  /**
   * The pair's exclusive orders: of the orders holding the item or the up-sell but not both, the
   * share that held the up-sell.
   */
  PAIR,
  /**
   * Recent popularity: the up-sell's share of the recent orders of its product type (the last
   * {@code upsell.recent-days} of the data), with a prior.
   */
  RECENT
}

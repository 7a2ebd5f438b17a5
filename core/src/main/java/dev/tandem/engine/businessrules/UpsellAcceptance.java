package dev.tandem.engine.businessrules;

/** Where an up-sell's P(accept), the chance the shopper takes it, comes from. */
public enum UpsellAcceptance {
  /**
   * Shares of orders: P(choice) (the up-sell's share of its type's recent orders, or of the pair's
   * exclusive orders: {@code upsell.choice}) × P(willing)^{@code upsell.willingness-weight} (the
   * share of the type's trade-ups that went this far in price).
   */
  SHARE,
  /**
   * The purchase-propensity model ({@link dev.tandem.propensity.PurchasePropensity}, a logistic
   * regression trained on the engine's own snapshot): P(the shopper buys the up-sell | the item on
   * the page, their history). {@code upsell.choice} and {@code upsell.willingness-weight} are not
   * used.
   */
  PROPENSITY
}

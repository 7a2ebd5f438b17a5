package dev.tandem.propensity;

/**
 * P(accept) of a candidate for a shopper in a context: what the engine's up-sell can use instead
 * of its pair-count estimate. Thread-safe.
 */
@FunctionalInterface
public interface AcceptanceModel {
  /**
   * The chance the shopper takes {@code candidate}; {@code user} is a snapshot user index or -1
   * (anonymous), {@code anchor} the item in context (the product page's item, the cheaper item of
   * an up-sell) or -1.
   */
  double pAccept(int user, int candidate, int anchor);
}

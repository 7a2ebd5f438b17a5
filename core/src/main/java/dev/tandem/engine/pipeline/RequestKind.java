package dev.tandem.engine.pipeline;

/** What a request asks for. */
public enum RequestKind {
  /** Cross-sell for a product page: what goes with this item. */
  ITEM,
  /** Basket completion: what goes with the whole cart. */
  CART,
  /** Next best offer for a shopper, from their purchase history. */
  USER,
  /** After a purchase: what goes with the order just placed. */
  ORDER,
  /** A better, pricier version of an item. */
  UPSELL
}

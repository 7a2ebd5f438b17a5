package dev.tandem.engine.upsell;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.engine.pipeline.Offer;
import dev.tandem.engine.pipeline.Request;
import dev.tandem.engine.pipeline.Rescorer;
import dev.tandem.engine.relation.SalesCounts;

/**
 * Fits an up-sell to the shopper's own price level in the product type: when a known shopper has
 * bought items of the type, their level is the highest list price among them, and an up-sell
 * priced above it keeps {@code level / price} of its score (a shopper who never paid more than
 * £5 for bunting is less likely to take £8.50 bunting). Anonymous shoppers, shoppers new to the
 * type and up-sells within their level are left as they are.
 */
public final class ShopperPriceFit implements Rescorer {
  private final Snapshot snapshot;
  private final ProductTypes types;
  private final SalesCounts sales;

  public ShopperPriceFit(Snapshot snapshot, ProductTypes types, SalesCounts sales) {
    this.snapshot = snapshot;
    this.types = types;
    this.sales = sales;
  }

  @Override
  public double rescore(Request request, Offer offer) {
    if (!request.hasUser()) {
      return offer.score();
    }
    double level = priceLevel(request.user(), types.typeOf(offer.item()));
    double price = snapshot.itemPrice(offer.item());
    return level > 0 && price > level ? offer.score() * level / price : offer.score();
  }

  /** The highest list price the shopper paid for an item of the type, or 0 when none. */
  public double priceLevel(int user, int type) {
    double level = 0;
    for (int item : sales.itemsBoughtBy(user)) {
      if (types.typeOf(item) == type && snapshot.itemPrice(item) > level) {
        level = snapshot.itemPrice(item);
      }
    }
    return level;
  }
}

package dev.tandem.engine.businessrules;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.pipeline.Offer;
import dev.tandem.engine.pipeline.Request;
import dev.tandem.engine.pipeline.Rescorer;

/**
 * The cross-sell revenue objective as a rescorer: an offer's score (the chance it is added)
 * times its list price; an item without a known price scores 0 (it cannot add known revenue).
 */
public final class ExpectedRevenue implements Rescorer {
  private final Snapshot snapshot;

  public ExpectedRevenue(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  @Override
  public double rescore(Request request, Offer offer) {
    double price = snapshot.itemPrice(offer.item());
    return price > 0 ? offer.score() * price : 0;
  }
}

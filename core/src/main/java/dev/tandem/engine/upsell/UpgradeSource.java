package dev.tandem.engine.upsell;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.engine.businessrules.PriceBand;
import dev.tandem.engine.businessrules.UpsellObjective;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.engine.explain.Reason;
import dev.tandem.engine.explain.Sentences;
import dev.tandem.engine.pipeline.CandidatePool;
import dev.tandem.engine.pipeline.CandidateSource;
import dev.tandem.engine.pipeline.Offer;
import dev.tandem.engine.pipeline.Request;
import dev.tandem.engine.relation.CooccurrenceCounts;
import dev.tandem.engine.relation.SalesCounts;
import java.util.Map;

/**
 * Up-sell candidates for the request's first context item {@code a}: items {@code b} of the same
 * product type (never the catch-all), priced within the type's band above {@code a}, sold in at
 * least {@code upsell.min-orders} orders, returned at most {@code upsell.max-extra-return-rate}
 * more often than {@code a}. Scored by the objective: P(accept) ({@link Acceptance}), P × price
 * difference, or P × margin difference (costs of both known; else the price difference).
 */
public final class UpgradeSource implements CandidateSource {
  private final Snapshot snapshot;
  private final ProductTypes types;
  private final CooccurrenceCounts counts;
  private final SalesCounts sales;
  private final BusinessRules rules;
  private final CatalogFacts facts;

  public UpgradeSource(Snapshot snapshot, ProductTypes types, CooccurrenceCounts counts,
      SalesCounts sales, BusinessRules rules, CatalogFacts facts) {
    this.snapshot = snapshot;
    this.types = types;
    this.counts = counts;
    this.sales = sales;
    this.rules = rules;
    this.facts = facts;
  }

  @Override
  public String name() {
    return "upgrade";
  }

  @Override
  public void propose(Request request, CandidatePool pool, int limit) {
    if (request.contextSize() == 0) {
      return;
    }
    int item = request.contextItem(0);
    int type = types.typeOf(item);
    double price = snapshot.itemPrice(item);
    if (types.isOther(type) || !(price > 0)) {
      return;
    }
    PriceBand band = rules.upsellBand(types.name(type));
    for (int pricier : types.items(type)) {
      if (pricier != item && eligible(item, pricier, band)) {
        pool.offer(offer(item, pricier));
      }
    }
  }

  private boolean eligible(int item, int pricier, PriceBand band) {
    return band.contains(snapshot.itemPrice(item), snapshot.itemPrice(pricier))
        && counts.ordersWith(pricier) >= rules.upsellMinOrders()
        && sales.returnRate(pricier) <= sales.returnRate(item) + rules.upsellMaxExtraReturnRate();
  }

  private Offer offer(int item, int pricier) {
    double difference = snapshot.itemPrice(pricier) - snapshot.itemPrice(item);
    Acceptance acceptance = Acceptance.of(counts, item, pricier);
    double p = acceptance.probability();
    double value = value(item, pricier, difference);
    double score = rules.upsellObjective() == UpsellObjective.CONVERSION ? p : p * value;
    Map<String, Double> measures = Map.of("priceDifference", difference,
        "priceIncrease", difference / snapshot.itemPrice(item), "pAccept", p,
        "decidingOrders", (double) acceptance.decidingOrders(), "expectedValue", p * value,
        "returnRate", sales.returnRate(pricier));
    return new Offer(pricier, score, new Reason(name(), measures, () -> Sentences.upgrade(
        difference, difference / snapshot.itemPrice(item), snapshot.itemTitle(item),
        acceptance.observedShare(), acceptance.decidingOrders())));
  }

  private double value(int item, int pricier, double difference) {
    if (rules.upsellObjective() == UpsellObjective.MARGIN && facts.hasCost(item)
        && facts.hasCost(pricier)) {
      return (snapshot.itemPrice(pricier) - facts.cost(pricier))
          - (snapshot.itemPrice(item) - facts.cost(item));
    }
    return difference;
  }
}

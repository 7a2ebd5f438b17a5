package dev.tandem.engine.upsell;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.engine.businessrules.PriceBand;
import dev.tandem.engine.businessrules.UpsellChoice;
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
import dev.tandem.propensity.AcceptanceModel;
import java.util.Map;

/**
 * Up-sell candidates for the request's first context item {@code a}: items {@code b} of the same
 * product type (never the catch-all), priced within the type's band above {@code a} ({@link
 * UpsellBands}: configured, learned from trade-ups, or the default), sold in at
 * least {@code upsell.min-orders} orders, returned at most {@code upsell.max-extra-return-rate}
 * more often than {@code a}. P(accept) = P(choice) × P(willing)^w: P(choice) is, with {@code
 * upsell.choice=pair}, the pricier one's share of the orders that chose one of the two ({@link
 * Acceptance}), with {@code recent} its share of the type's recent orders ({@link RecentShare});
 * P(willing) is the share of observed trade-ups, in the type when it has at least {@code
 * upsell.min-trade-ups} of them, else in all types, that went at least this far in price ({@link
 * TradeUps#shareAtLeast}); w = {@code upsell.willingness-weight}. With {@code
 * upsell.acceptance=propensity} P(accept) is instead the purchase-propensity model's {@code
 * pAccept(shopper, b, a)} ({@link AcceptanceModel}), and the reason quotes it alone (no share or
 * trade-up evidence, which it does not use). Scored by the objective: P, P × price difference, or
 * P × margin difference (costs of both known; else the price difference).
 */
public final class UpgradeSource implements CandidateSource {
  private final Snapshot snapshot;
  private final ProductTypes types;
  private final CooccurrenceCounts counts;
  private final SalesCounts sales;
  private final BusinessRules rules;
  private final CatalogFacts facts;
  private final UpsellBands bands;
  private final TradeUps tradeUps;
  private final RecentShare recent;
  private final AcceptanceModel propensity;

  /** With {@code propensity} null, P(accept) comes from shares of orders and trade-ups. */
  public UpgradeSource(Snapshot snapshot, ProductTypes types, CooccurrenceCounts counts,
      SalesCounts sales, BusinessRules rules, CatalogFacts facts, UpsellBands bands,
      TradeUps tradeUps, RecentShare recent, AcceptanceModel propensity) {
    this.recent = recent;
    this.propensity = propensity;
    this.snapshot = snapshot;
    this.types = types;
    this.counts = counts;
    this.sales = sales;
    this.rules = rules;
    this.facts = facts;
    this.bands = bands;
    this.tradeUps = tradeUps;
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
    PriceBand band = bands.of(type).band();
    for (int pricier : types.items(type)) {
      if (pricier != item && eligible(item, pricier, band)) {
        pool.offer(propensity == null ? offer(item, pricier)
            : modelled(request.user(), item, pricier));
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
    boolean byRecent = rules.upsellChoice() == UpsellChoice.RECENT;
    int tradedUp = tradeUps.between(item, pricier);
    int type = types.typeOf(item);
    int evidenceType = tradeUps.count(type) >= rules.upsellMinTradeUps() ? type : -1;
    double increase = difference / snapshot.itemPrice(item);
    double willing = tradeUps.shareAtLeast(evidenceType, increase);
    double choice = byRecent ? recent.probability(pricier) : acceptance.probability();
    double p = choice * Math.pow(willing, rules.upsellWillingnessWeight());
    double value = value(item, pricier, difference);
    double score = rules.upsellObjective() == UpsellObjective.CONVERSION ? p : p * value;
    Map<String, Double> measures = Map.of("priceDifference", difference,
        "priceIncrease", increase, "pAccept", p, "pChoice", choice, "pWilling", willing,
        "decidingOrders", (double) (byRecent ? recent.typeOrders(pricier)
            : acceptance.decidingOrders()), "expectedValue", p * value,
        "returnRate", sales.returnRate(pricier), "tradeUps", (double) tradedUp);
    return new Offer(pricier, score, new Reason(name(), measures, () -> choiceSentence(item,
        pricier, difference, acceptance, byRecent)
        + Sentences.tradedUp(tradedUp, snapshot.itemTitle(item))
        + Sentences.wentThisFar(willing, tradeUps.count(evidenceType),
            evidenceType < 0 ? null : types.name(type), increase)));
  }

  private Offer modelled(int user, int item, int pricier) {
    double difference = snapshot.itemPrice(pricier) - snapshot.itemPrice(item);
    double increase = difference / snapshot.itemPrice(item);
    double p = propensity.pAccept(user, pricier, item);
    double value = value(item, pricier, difference);
    double score = rules.upsellObjective() == UpsellObjective.CONVERSION ? p : p * value;
    Map<String, Double> measures = Map.of("priceDifference", difference,
        "priceIncrease", increase, "pAccept", p, "expectedValue", p * value,
        "returnRate", sales.returnRate(pricier));
    return new Offer(pricier, score, new Reason(name(), measures, () -> Sentences
        .upgradePropensity(difference, increase, p, snapshot.itemTitle(item), user >= 0)));
  }

  private String choiceSentence(int item, int pricier, double difference, Acceptance acceptance,
      boolean byRecent) {
    double ratio = difference / snapshot.itemPrice(item);
    return byRecent
        ? Sentences.upgradeRecent(difference, ratio, recent.observedShare(pricier),
            recent.typeOrders(pricier), types.nameOf(pricier), recent.days())
        : Sentences.upgrade(difference, ratio, snapshot.itemTitle(item),
            acceptance.observedShare(), acceptance.decidingOrders());
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

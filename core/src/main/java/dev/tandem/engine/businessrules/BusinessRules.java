package dev.tandem.engine.businessrules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shop's rules for what may be suggested, and how. Validated when built; {@link #defaults()}
 * holds the built-in defaults and {@link BusinessRulesFile} reads overrides from a file.
 *
 * @param inStockOnly never suggest an item whose stock is known to be zero
 * @param excludeAlreadyBought never suggest what the shopper already bought ...
 * @param consumableTypes ... except items of these product types, which are bought again
 * @param priceFloor suggest nothing cheaper than this (NaN: no floor)
 * @param priceCeiling suggest nothing dearer than this (NaN: no ceiling)
 * @param includeTypes when not empty, suggest only items of these product types
 * @param excludeTypes never suggest items of these product types
 * @param blockedItems never suggest these item ids
 * @param pinnedItems item ids put first in every cross-sell answer, when the other rules allow
 * @param maxPerType at most this many suggestions of one product type (0: no limit)
 * @param minMargin suggest only items whose margin (price − cost) / price is at least this, when
 *     the cost is known (NaN: no minimum)
 * @param diversity MMR strength, 0 (pure relevance) to 1 (pure variety of product types)
 * @param upsellBand the default price band of an up-sell
 * @param upsellBandByType price bands by product type name
 * @param upsellObjective what up-sell ranks by
 * @param upsellMinOrders an up-sell must have sold in at least this many orders
 * @param upsellMaxExtraReturnRate an up-sell's return rate may exceed the item's by at most this
 * @param upsellLearnBands learn each type's band from observed trade-ups when it has no
 *     configured band (types with too few trade-ups keep the default band)
 * @param upsellMinTradeUps a type's band is learned only from at least this many trade-ups
 * @param crossSellObjective what cross-sell ranks by
 * @param upsellChoice where P(choice) comes from: the pair's exclusive orders or recent share
 * @param upsellRecentDays the window of recent share, in days before the data's last order
 * @param upsellChoicePrior pseudo-orders added to every item's recent count (smoothing)
 * @param upsellWillingnessWeight the exponent on P(willing) in P(accept) (0: ignore it)
 * @param upsellSpreadBands a type without enough trade-ups of its own gets its own price spread
 *     as band (2nd to 98th percentile of its prices) instead of the all-types or default band
 * @param upsellAcceptance where P(accept) comes from: shares of orders and trade-ups, or the
 *     purchase-propensity model
 */
public record BusinessRules(
    boolean inStockOnly,
    boolean excludeAlreadyBought,
    Set<String> consumableTypes,
    double priceFloor,
    double priceCeiling,
    Set<String> includeTypes,
    Set<String> excludeTypes,
    Set<String> blockedItems,
    List<String> pinnedItems,
    int maxPerType,
    double minMargin,
    double diversity,
    PriceBand upsellBand,
    Map<String, PriceBand> upsellBandByType,
    UpsellObjective upsellObjective,
    int upsellMinOrders,
    double upsellMaxExtraReturnRate,
    boolean upsellLearnBands,
    int upsellMinTradeUps,
    CrossSellObjective crossSellObjective,
    UpsellChoice upsellChoice,
    int upsellRecentDays,
    double upsellChoicePrior,
    double upsellWillingnessWeight,
    boolean upsellSpreadBands,
    UpsellAcceptance upsellAcceptance) {

  public BusinessRules {
    consumableTypes = Set.copyOf(consumableTypes);
    includeTypes = Set.copyOf(includeTypes);
    excludeTypes = Set.copyOf(excludeTypes);
    blockedItems = Set.copyOf(blockedItems);
    pinnedItems = List.copyOf(pinnedItems);
    upsellBandByType = Map.copyOf(upsellBandByType);
    require(Double.isNaN(priceFloor) || priceFloor >= 0, "price-floor must not be negative");
    require(Double.isNaN(priceCeiling) || priceCeiling > 0, "price-ceiling must be positive");
    require(Double.isNaN(priceFloor) || Double.isNaN(priceCeiling) || priceFloor <= priceCeiling,
        "price-floor " + priceFloor + " is above price-ceiling " + priceCeiling);
    require(maxPerType >= 0, "max-per-type must not be negative (0 = no limit)");
    require(Double.isNaN(minMargin) || (minMargin > -1 && minMargin < 1),
        "min-margin is a fraction of the price, between -1 and 1");
    require(diversity >= 0 && diversity <= 1, "diversity must be between 0 and 1");
    require(upsellObjective != null, "upsell.objective is required");
    require(upsellMinOrders >= 0, "upsell.min-orders must not be negative");
    require(upsellMaxExtraReturnRate >= 0, "upsell.max-extra-return-rate must not be negative");
    require(upsellMinTradeUps >= 1, "upsell.min-trade-ups must be at least 1");
    require(crossSellObjective != null, "cross-sell.objective is required");
    require(upsellChoice != null, "upsell.choice is required");
    require(upsellRecentDays >= 1, "upsell.recent-days must be at least 1");
    require(upsellChoicePrior > 0, "upsell.choice-prior must be positive");
    require(upsellWillingnessWeight >= 0, "upsell.willingness-weight must not be negative");
    require(upsellAcceptance != null, "upsell.acceptance is required");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * In stock only, exclude already bought (no consumables), no price limits, every type, nothing
   * blocked or pinned, at most 3 per type, no margin minimum, diversity 0.3; up-sell +10%..+100%
   * widened to each type's price spread (bands not learned from trade-ups), revenue objective, at
   * least 1 order, return rate at most 2 points above the item's, P(choice) from the last 90 days'
   * share with prior 0.1, P(willing) weighted 0.25 (P(accept) from these shares, not the
   * propensity model); cross-sell by conversion. The up-sell values
   * were chosen on the validation protocols (docs/upsell-evaluation.md).
   */
  public static BusinessRules defaults() {
    return new BusinessRules(true, true, Set.of(), Double.NaN, Double.NaN, Set.of(), Set.of(),
        Set.of(), List.of(), 3, Double.NaN, 0.3, new PriceBand(0.10, 1.00), Map.of(),
        UpsellObjective.REVENUE, 1, 0.02, false, 30, CrossSellObjective.CONVERSION,
        UpsellChoice.RECENT, 90, 0.1, 0.25, true, UpsellAcceptance.SHARE);
  }

  /** The configured up-sell band for a product type: its own, else the default. */
  public PriceBand upsellBand(String typeName) {
    return upsellBandByType.getOrDefault(typeName, upsellBand);
  }

  /** Whether the shop configured a band for this product type. */
  public boolean hasTypeBand(String typeName) {
    return upsellBandByType.containsKey(typeName);
  }
}

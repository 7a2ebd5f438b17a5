package dev.tandem.engine.upsell;

import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.PriceBand;
import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import java.util.Arrays;

/**
 * The up-sell price band of every product type, and where it comes from: the shop's band for the
 * type ({@code upsell.band-by-type}) first; else, with {@code upsell.learn-bands} and at least
 * {@code upsell.min-trade-ups} observed trade-ups in the type ({@link TradeUps}), the default band
 * widened to the span of their price increases, from the {@value #LOWER} to the {@value #UPPER}
 * quantile (a learned band only widens: a type whose few trade-ups all went +98% still offers the
 * default +10%..+100%; one whose shoppers went up to 8× offers that far, the ranking's P(willing)
 * then weighing how rare such a jump is); a type with too few trade-ups of its own gets the band
 * learned from all types' trade-ups when those are enough; else the default band ({@code
 * upsell.band}). With {@code upsell.spread-bands}, a type with too few trade-ups of its own gets
 * instead the default band widened to its own price spread: up to the ratio of the {@value #UPPER}
 * to the {@value #LOWER} quantile of its items' list prices (a shop without customer ids, which
 * shows no trade-up, still offers the dearer end of a broad category). Immutable.
 */
public final class UpsellBands {
  /** Learned bands run from this quantile of the observed price increases ... */
  public static final double LOWER = 0.02;

  /** ... to this one. */
  public static final double UPPER = 0.98;

  /** Where a type's band comes from. */
  public enum Source {
    CONFIGURED,
    /** From the type's own trade-ups. */
    LEARNED,
    /** From all types' trade-ups, the type having too few of its own. */
    LEARNED_ALL_TYPES,
    /** From the spread of the type's own prices, the type having too few trade-ups. */
    PRICE_SPREAD,
    DEFAULT
  }

  /** A type's band, its source and the trade-ups observed in the type. */
  public record TypeBand(PriceBand band, Source source, int tradeUps) {}

  private final TypeBand[] byType;

  private UpsellBands(TypeBand[] byType) {
    this.byType = byType;
  }

  /** The bands without price spreads (as with {@code upsell.spread-bands=false}). */
  public static UpsellBands of(BusinessRules rules, ProductTypes types, TradeUps tradeUps) {
    return of(rules, types, tradeUps, null);
  }

  /** The bands, price spreads read from the snapshot's list prices (none when it is null). */
  public static UpsellBands of(BusinessRules rules, ProductTypes types, TradeUps tradeUps,
      Snapshot prices) {
    TypeBand[] byType = new TypeBand[types.size()];
    for (int type = 0; type < byType.length; type++) {
      byType[type] = band(rules, types, tradeUps, type, prices);
    }
    return new UpsellBands(byType);
  }

  private static TypeBand band(BusinessRules rules, ProductTypes types, TradeUps tradeUps,
      int type, Snapshot prices) {
    String name = types.name(type);
    int observed = tradeUps.count(type);
    if (rules.hasTypeBand(name)) {
      return new TypeBand(rules.upsellBand(name), Source.CONFIGURED, observed);
    }
    if (rules.upsellLearnBands() && observed >= rules.upsellMinTradeUps()) {
      return new TypeBand(learned(tradeUps, type, rules.upsellBand()), Source.LEARNED, observed);
    }
    if (rules.upsellSpreadBands() && prices != null && !types.isOther(type)) {
      return new TypeBand(spread(prices, types.items(type), rules.upsellBand()),
          Source.PRICE_SPREAD, observed);
    }
    if (rules.upsellLearnBands() && tradeUps.count() >= rules.upsellMinTradeUps()) {
      return new TypeBand(learned(tradeUps, -1, rules.upsellBand()), Source.LEARNED_ALL_TYPES,
          observed);
    }
    return new TypeBand(rules.upsellBand(), Source.DEFAULT, observed);
  }

  /**
   * The default band widened to the lower and upper quantiles of the type's trade-ups (of all
   * types' when {@code type} is -1).
   */
  static PriceBand learned(TradeUps tradeUps, int type, PriceBand fallback) {
    double low = Math.min(fallback.minIncrease(), tradeUps.quantile(type, LOWER));
    double high = Math.max(fallback.maxIncrease(), tradeUps.quantile(type, UPPER));
    return new PriceBand(Math.max(0, low), high);
  }

  /**
   * The default band widened up to {@code q98 / q02 − 1} of the items' list prices (nearest rank,
   * positive prices only); the default band when fewer than two items are priced.
   */
  static PriceBand spread(Snapshot snapshot, int[] items, PriceBand fallback) {
    double[] prices = Arrays.stream(items).mapToDouble(snapshot::itemPrice).filter(p -> p > 0)
        .sorted().toArray();
    if (prices.length < 2) {
      return fallback;
    }
    double ratio = quantile(prices, UPPER) / quantile(prices, LOWER) - 1;
    return new PriceBand(fallback.minIncrease(), Math.max(fallback.maxIncrease(), ratio));
  }

  private static double quantile(double[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  public TypeBand of(int type) {
    return byType[type];
  }
}

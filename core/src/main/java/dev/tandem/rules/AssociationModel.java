package dev.tandem.rules;

import java.util.Arrays;
import java.util.List;

/**
 * What association mining produced: the itemsets, the rules (filtered and sorted as asked), whether
 * a budget cut mining short, and the serving structures built from them. Immutable.
 */
public final class AssociationModel {
  private final FrequentItemsets itemsets;
  private final List<Rule> rules;
  private final MiningParameters parameters;
  private final double[] prices;
  private final int itemCount;
  private volatile RuleIndex ruleIndex;

  AssociationModel(
      FrequentItemsets itemsets, List<Rule> rules, MiningParameters parameters, double[] prices,
      int itemCount) {
    this.itemsets = itemsets;
    this.rules = rules;
    this.parameters = parameters;
    this.prices = prices;
    this.itemCount = itemCount;
  }

  public FrequentItemsets itemsets() {
    return itemsets;
  }

  /** The rules, sorted best first by {@link MiningParameters#sortRulesBy()}. */
  public List<Rule> rules() {
    return rules;
  }

  public MiningParameters parameters() {
    return parameters;
  }

  public boolean truncated() {
    return itemsets.truncated();
  }

  public Truncation truncation() {
    return itemsets.truncation();
  }

  /** "complete" or "truncated: time budget reached" and so on. */
  public String status() {
    return itemsets.status();
  }

  /** The rules as a cart-serving index ranked by {@link MiningParameters#sortRulesBy()}. */
  public RuleIndex ruleIndex() {
    RuleIndex index = ruleIndex;
    if (index == null) {
      index = RuleIndex.of(rules, parameters.sortRulesBy());
      ruleIndex = index;
    }
    return index;
  }

  /** Bundles of 2–4 items with high lift and their combined price. */
  public List<Bundle> bundles(BundleParameters bundleParameters) {
    return Bundles.suggest(itemsets, this::price, bundleParameters);
  }

  /** Slow movers strongly bought with a best seller. */
  public List<SlowMoverPairing> slowMoverPairings(BundleParameters bundleParameters) {
    return Bundles.slowMoverPairings(itemsets, itemCount, bundleParameters);
  }

  /** The item's price from the snapshot, NaN when unknown or mined without a snapshot. */
  public double price(int item) {
    return item >= 0 && item < prices.length ? prices[item] : Double.NaN;
  }

  /** Items of the snapshot mined (the length of the item support and price arrays). */
  int itemCount() {
    return itemCount;
  }

  static double[] unknownPrices() {
    return new double[0];
  }

  @Override
  public String toString() {
    return "AssociationModel[" + itemsets.size() + " itemsets, " + rules.size() + " rules, "
        + status() + ", prices for " + Arrays.stream(prices).filter(p -> !Double.isNaN(p)).count()
        + " items]";
  }
}

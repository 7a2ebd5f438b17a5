package dev.tandem.rules;

import dev.tandem.dataset.Snapshot;
import java.util.List;

/**
 * The entry point: mine a shop's baskets (or any transactions) into an {@link AssociationModel}
 * with itemsets, rules, a {@link RuleIndex} for carts and bundle suggestions.
 *
 * <pre>{@code
 * AssociationModel model = AssociationRules.mine(snapshot,
 *     MiningParameters.builder().minSupport(0.001).minConfidence(0.2)
 *         .timeBudget(Duration.ofSeconds(30)).build());
 * if (model.truncated()) log.warn(model.status());
 * List<Suggestion> forCart = model.ruleIndex().forCart(cartItems, 10);
 * }</pre>
 */
public final class AssociationRules {
  private AssociationRules() {}

  /** Mines the snapshot's purchase baskets; item ids are the snapshot's, prices come with it. */
  public static AssociationModel mine(Snapshot snapshot, MiningParameters parameters) {
    Transactions transactions = Transactions.of(snapshot);
    double[] prices = new double[snapshot.itemCount()];
    for (int i = 0; i < prices.length; i++) {
      prices[i] = snapshot.itemPrice(i);
    }
    return mine(transactions, parameters, prices, snapshot.itemCount());
  }

  /** Mines plain transactions (prices unknown). */
  public static AssociationModel mine(Transactions transactions, MiningParameters parameters) {
    return mine(transactions, parameters, AssociationModel.unknownPrices(),
        transactions.itemCount());
  }

  private static AssociationModel mine(
      Transactions transactions, MiningParameters parameters, double[] prices, int itemCount) {
    FrequentItemsets itemsets = FpGrowth.mine(transactions, parameters);
    List<Rule> rules = RuleGenerator.generate(itemsets, parameters);
    return new AssociationModel(itemsets, rules, parameters, prices, itemCount);
  }
}

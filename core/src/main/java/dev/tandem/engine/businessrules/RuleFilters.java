package dev.tandem.engine.businessrules;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.engine.pipeline.CandidateFilter;
import dev.tandem.engine.pipeline.Request;
import dev.tandem.engine.relation.RelationJudge;
import dev.tandem.engine.relation.SalesCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The business rules as pipeline filters, each named after its key in the rules file. {@link
 * #all} returns the ones the rules switch on, in a fixed order.
 */
public final class RuleFilters {
  private RuleFilters() {}

  /** A filter from a name and a predicate. */
  record Named(String name, BiPredicate<Request, Integer> keeps) implements CandidateFilter {
    @Override
    public boolean keep(Request request, int item) {
      return keeps.test(request, item);
    }
  }

  /** The filters the rules ask for, cheapest first. */
  public static List<CandidateFilter> all(BusinessRules rules, Snapshot snapshot,
      ProductTypes types, CatalogFacts facts, SalesCounts sales) {
    List<CandidateFilter> filters = new ArrayList<>();
    if (!rules.blockedItems().isEmpty()) {
      filters.add(blocked(rules, snapshot));
    }
    if (rules.inStockOnly()) {
      filters.add(new Named("in-stock-only", (r, item) -> !facts.outOfStock(item)));
    }
    if (!Double.isNaN(rules.priceFloor()) || !Double.isNaN(rules.priceCeiling())) {
      filters.add(priceRange(rules, snapshot));
    }
    if (!rules.includeTypes().isEmpty() || !rules.excludeTypes().isEmpty()) {
      filters.add(new Named("include-types/exclude-types", (r, item) -> typeAllowed(rules,
          types.nameOf(item))));
    }
    if (!Double.isNaN(rules.minMargin())) {
      filters.add(margin(rules, snapshot, facts));
    }
    if (rules.excludeAlreadyBought()) {
      filters.add(new Named("exclude-already-bought", (r, item) ->
          (!r.hasUser() || !sales.bought(r.user(), item)) && !r.boughtLive(item)
          || rules.consumableTypes().contains(types.nameOf(item))));
    }
    return filters;
  }

  /**
   * The cart rule: never a substitute of a context item (a second version of what is already in
   * the cart). Used by cross-sell, not by up-sell, whose very point is a substitute.
   */
  public static CandidateFilter notSubstituteOfContext(RelationJudge judge) {
    return new Named("no-substitute-of-cart", (request, item) -> {
      for (int i = 0; i < request.contextSize(); i++) {
        if (judge.substitutes(request.contextItem(i), item)) {
          return false;
        }
      }
      return true;
    });
  }

  private static CandidateFilter blocked(BusinessRules rules, Snapshot snapshot) {
    boolean[] isBlocked = new boolean[snapshot.itemCount()];
    for (String id : rules.blockedItems()) {
      int item = snapshot.items().indexOf(id);
      if (item >= 0) {
        isBlocked[item] = true;
      }
    }
    return new Named("blocked-items", (r, item) -> !isBlocked[item]);
  }

  private static CandidateFilter priceRange(BusinessRules rules, Snapshot snapshot) {
    return new Named("price-floor/price-ceiling", (r, item) -> {
      double price = snapshot.itemPrice(item);
      return !(price < rules.priceFloor()) && !(price > rules.priceCeiling());
    });
  }

  private static CandidateFilter margin(BusinessRules rules, Snapshot snapshot,
      CatalogFacts facts) {
    return new Named("min-margin", (r, item) -> {
      double price = snapshot.itemPrice(item);
      return !facts.hasCost(item) || !(price > 0)
          || (price - facts.cost(item)) / price >= rules.minMargin();
    });
  }

  static boolean typeAllowed(BusinessRules rules, String type) {
    return (rules.includeTypes().isEmpty() || rules.includeTypes().contains(type))
        && !rules.excludeTypes().contains(type);
  }
}

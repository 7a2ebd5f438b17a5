package dev.tandem.evaluation.engine;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.Engine;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.BusinessRulesFile;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommender;
import dev.tandem.recommend.Trainer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's up-sell, {@code upSell(a, user, k)} for a query's first item {@code a} (and its
 * shopper, when known), with the default business rules but the given {@code upsell.objective}.
 * Stock and costs are unknown in the benchmarks, so the margin objective would rank exactly as
 * revenue: it is not offered here (see docs/upsell-evaluation.md).
 */
public final class TandemUpSell implements Trainer {
  private final String objective;
  private final String extraRules;

  /** {@code conversion} or {@code revenue}, with the other rules at their defaults. */
  public TandemUpSell(String objective) {
    this(objective, "");
  }

  /** With more rules-file lines (e.g. {@code upsell.learn-bands=false}) after the objective. */
  public TandemUpSell(String objective, String extraRules) {
    this.objective = objective;
    this.extraRules = extraRules;
  }

  @Override
  public String algorithm() {
    return "tandem-upsell-" + objective;
  }

  @Override
  public Recommender train(Snapshot snapshot) {
    BusinessRules rules =
        BusinessRulesFile.parse("upsell.objective=" + objective + "\n" + extraRules);
    Engine engine = Engine.of(EngineModels.of(snapshot), rules,
        CatalogFacts.unknown(snapshot.itemCount()));
    Provenance provenance = Provenance.of(algorithm(), Map.of("objective",
        objective.toUpperCase(Locale.ROOT), "band", rules.upsellBand(),
        "learnBands", rules.upsellLearnBands(), "minOrders", rules.upsellMinOrders(),
        "rules", extraRules.replace('\n', ';')), snapshot.fingerprint(), 0);
    return new EngineRecommender(engine, (query, k) -> ask(engine, query, k), provenance);
  }

  private static List<dev.tandem.engine.pipeline.Offer> ask(Engine engine, Query query, int k) {
    int[] items = query.items();
    return items.length == 0 ? List.of() : engine.upSell(items[0], query.user(), k);
  }
}

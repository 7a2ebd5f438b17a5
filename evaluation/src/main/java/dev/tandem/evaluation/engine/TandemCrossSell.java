package dev.tandem.evaluation.engine;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.Engine;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.BusinessRulesFile;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Recommender;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.factors.ImplicitAls;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's cart cross-sell, {@code crossSellForCart(items, user, k)}, as the server answers
 * {@code POST /carts/cross-sell} ({@link ServedEngine}: implicit ALS among its sources), with the
 * default business rules but the given {@code cross-sell.objective}: {@code conversion} ranks by
 * the chance the item is added, {@code revenue} by that chance times its list price.
 */
public final class TandemCrossSell implements Trainer {
  private final String objective;

  /** {@code conversion} or {@code revenue}. */
  public TandemCrossSell(String objective) {
    this.objective = objective;
  }

  @Override
  public String algorithm() {
    return "tandem-cross-sell-" + objective;
  }

  @Override
  public Recommender train(Snapshot snapshot) {
    BusinessRules rules = BusinessRulesFile.parse("cross-sell.objective=" + objective);
    Engine engine = ServedEngine.of(snapshot, rules);
    Provenance provenance = Provenance.of(algorithm(), Map.of("objective",
        objective.toUpperCase(Locale.ROOT), "diversity", rules.diversity(),
        "maxPerType", rules.maxPerType(), "factors", ImplicitAls.ALGORITHM),
        snapshot.fingerprint(), 0);
    return new EngineRecommender(engine,
        (query, k) -> engine.crossSellForCart(query.items(), query.user(), k), provenance);
  }
}

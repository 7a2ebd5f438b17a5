package dev.tandem.evaluation.engine;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.Engine;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Recommender;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.factors.ImplicitAls;
import java.util.Map;

/**
 * The engine's next best offer for a shopper, {@code crossSellForUser(user, k)}, as the server
 * answers {@code GET /users/{id}/cross-sell}: default business rules (so nothing the shopper bought
 * before is offered again) and implicit ALS with its defaults folding in the shopper's recent
 * purchases as a candidate source. Its training time holds the iALS fit.
 */
public final class TandemShopperCrossSell implements Trainer {
  public static final String ALGORITHM = "tandem-shopper-cross-sell";

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public Recommender train(Snapshot snapshot) {
    BusinessRules rules = BusinessRules.defaults();
    Engine engine = ServedEngine.of(snapshot, rules);
    Provenance provenance = Provenance.of(ALGORITHM, Map.of("factors", ImplicitAls.ALGORITHM,
        "excludeAlreadyBought", rules.excludeAlreadyBought()), snapshot.fingerprint(), 0);
    return new EngineRecommender(engine,
        (query, k) -> engine.crossSellForUser(query.user(), k), provenance);
  }
}

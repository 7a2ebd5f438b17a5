package dev.tandem.evaluation.engine;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.Engine;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.CatalogFacts;

/**
 * The engine as the server builds it for a snapshot: the engine model and implicit ALS with its
 * defaults, whose fold-in proposes candidates for carts and shoppers (both shared by the rows of
 * one report, {@link EngineModels}). Stock and costs are unknown to the protocols.
 */
final class ServedEngine {
  private ServedEngine() {}

  static Engine of(Snapshot snapshot, BusinessRules rules) {
    return Engine.of(EngineModels.of(snapshot), rules, CatalogFacts.unknown(snapshot.itemCount()),
        new Engine.Serving(null, EngineModels.factors(snapshot)));
  }
}

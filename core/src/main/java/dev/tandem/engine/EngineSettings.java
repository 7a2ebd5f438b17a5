package dev.tandem.engine;

import dev.tandem.engine.catalog.TypeParameters;
import dev.tandem.engine.relation.RelationThresholds;
import dev.tandem.rules.MiningParameters;
import dev.tandem.rules.RuleMeasure;
import java.time.Duration;

/**
 * How the engine is built (the business rules are separate: {@link
 * dev.tandem.engine.businessrules.BusinessRules}).
 *
 * @param types how product types are derived from titles
 * @param relations when pairs are complements or substitutes
 * @param mining the association rules mined for the rules source
 * @param recentItems a shopper's context: this many of their most recent distinct purchases
 * @param poolSize candidates each source may propose per request
 */
public record EngineSettings(
    TypeParameters types, RelationThresholds relations, MiningParameters mining, int recentItems,
    int poolSize) {

  /**
   * Default types and thresholds; rules at 0.5% support, up to 3 items, confidence 0.1 and lift 2,
   * 2 threads, 30 s budget; 20 recent items; 200 candidates per source.
   */
  public static EngineSettings defaults() {
    MiningParameters mining = MiningParameters.builder().minSupport(0.005).maxLength(3)
        .minConfidence(0.1).minLift(2.0).sortRulesBy(RuleMeasure.CONFIDENCE)
        .timeBudget(Duration.ofSeconds(30)).build();
    return new EngineSettings(TypeParameters.defaults(), RelationThresholds.defaults(), mining, 20,
        200);
  }
}

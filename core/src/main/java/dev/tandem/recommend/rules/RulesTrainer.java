package dev.tandem.recommend.rules;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Trainer;
import dev.tandem.rules.AssociationModel;
import dev.tandem.rules.AssociationRules;
import dev.tandem.rules.MiningParameters;
import dev.tandem.rules.RuleMeasure;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code rules}: mines association rules from the snapshot's orders (FP-Growth, single-item
 * consequents) and serves them for carts, popularity filling the rest of the list.
 *
 * @param minSupport least share of orders an itemset must be in, in (0, 1]
 * @param minConfidence least confidence of a rule, in [0, 1]
 * @param maxLength longest itemset (antecedent + consequent), at least 2
 * @param rankBy the measure suggestions are ranked by
 */
public record RulesTrainer(double minSupport, double minConfidence, int maxLength,
    RuleMeasure rankBy) implements Trainer {
  public static final String ALGORITHM = "rules";

  public RulesTrainer {
    if (!(minSupport > 0 && minSupport <= 1)) {
      throw new IllegalArgumentException("minSupport must be in (0, 1], got " + minSupport);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1], got " + minConfidence);
    }
    if (maxLength < 2) {
      throw new IllegalArgumentException("maxLength must be at least 2, got " + maxLength);
    }
    if (rankBy == null) {
      throw new IllegalArgumentException("rankBy is required");
    }
  }

  /**
   * Support 0.2% of orders, confidence 5%, pairs only, ranked by confidence: on OR-BC pairs beat
   * itemsets of 3 (HR@10 0.221 against 0.181 at the same support) and mine 4× faster.
   */
  public static RulesTrainer defaults() {
    return new RulesTrainer(0.002, 0.05, 2, RuleMeasure.CONFIDENCE);
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public RuleRecommender train(Snapshot snapshot) {
    AssociationModel mined = AssociationRules.mine(snapshot, MiningParameters.builder()
        .minSupport(minSupport).minConfidence(minConfidence).maxLength(maxLength)
        .sortRulesBy(rankBy).build());
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("minSupport", minSupport);
    parameters.put("minConfidence", minConfidence);
    parameters.put("maxLength", maxLength);
    parameters.put("rankBy", rankBy);
    parameters.put("rules", mined.rules().size());
    parameters.put("truncated", mined.truncated());
    return new RuleRecommender(
        Provenance.of(ALGORITHM, parameters, snapshot.fingerprint(), 0), mined.ruleIndex(),
        PopularItems.of(snapshot), snapshot.userItems());
  }
}

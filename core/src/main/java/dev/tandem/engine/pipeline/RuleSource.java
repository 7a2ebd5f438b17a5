package dev.tandem.engine.pipeline;

import dev.tandem.engine.explain.Reason;
import dev.tandem.rules.Evidence;
import dev.tandem.rules.Rule;
import dev.tandem.rules.RuleIndex;
import dev.tandem.rules.Suggestion;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * "Frequently bought together" rules whose antecedent the context holds (several cart items at
 * once included), scored by the rule's confidence; only single-item consequents.
 */
public final class RuleSource implements CandidateSource {
  /**
   * The best rules taken per request: pairs are also proposed by the co-purchase source, so the
   * rules' own contribution (several cart items at once) is among the strongest few.
   */
  static final int MAX_RULES = 50;

  private final RuleIndex rules;
  private final IntFunction<String> titles;

  public RuleSource(RuleIndex rules, IntFunction<String> titles) {
    this.rules = rules;
    this.titles = titles;
  }

  @Override
  public String name() {
    return "rules";
  }

  @Override
  public void propose(Request request, CandidatePool pool, int limit) {
    for (Suggestion suggestion : rules.forCart(request.context(), Math.min(limit, MAX_RULES))) {
      if (suggestion.items().length != 1) {
        continue;
      }
      Rule rule = suggestion.rule();
      pool.offer(new Offer(suggestion.item(), rule.confidence(), Reason.lazy(name(),
          () -> Map.of("orders", (double) rule.count(), "lift", rule.lift(),
              "confidence", rule.confidence(), "antecedentItems",
              (double) rule.antecedent().length),
          () -> Evidence.forRule(rule, titles))));
    }
  }
}

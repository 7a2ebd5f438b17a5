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
 * revenue: it is not offered here (see docs/upsell-evaluation.md). With the override {@code
 * upsell.acceptance=propensity} ({@code tandem-upsell-conversion:upsell.acceptance=propensity})
 * P(accept) is the purchase-propensity model trained on the same training snapshot.
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
    this.extraRules = extraRules.strip();
  }

  /**
   * The engine named {@code tandem-upsell-OBJECTIVE} or {@code
   * tandem-upsell-OBJECTIVE:key=value,key=value} (rules overrides, also separated by {@code ;}),
   * e.g. {@code tandem-upsell-revenue:upsell.choice=recent,upsell.min-orders=1}; the rules are
   * checked at once, so a bad key fails before any training.
   */
  public static TandemUpSell named(String name) {
    String rest = name.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    String objective = (colon < 0 ? rest : rest.substring(0, colon)).toLowerCase(Locale.ROOT);
    String extra = colon < 0 ? "" : String.join("\n", rest.substring(colon + 1).split("[,;]"));
    TandemUpSell trainer = new TandemUpSell(objective, extra);
    trainer.rules();
    return trainer;
  }

  /** The prefix of every name of this trainer. */
  public static final String PREFIX = "tandem-upsell-";

  @Override
  public String algorithm() {
    return PREFIX + objective
        + (extraRules.isEmpty() ? "" : ":" + extraRules.replace('\n', ','));
  }

  private BusinessRules rules() {
    return BusinessRulesFile.parse("upsell.objective=" + objective + "\n" + extraRules);
  }

  @Override
  public Recommender train(Snapshot snapshot) {
    BusinessRules rules = rules();
    Engine engine = Engine.of(EngineModels.of(snapshot), rules,
        CatalogFacts.unknown(snapshot.itemCount()));
    Provenance provenance = Provenance.of(algorithm(), Map.of("objective",
        objective.toUpperCase(Locale.ROOT), "band", rules.upsellBand(),
        "learnBands", rules.upsellLearnBands(), "minOrders", rules.upsellMinOrders(),
        "acceptance", rules.upsellAcceptance(), "rules", extraRules.replace('\n', ';')),
        snapshot.fingerprint(), 0);
    return new EngineRecommender(engine, (query, k) -> ask(engine, query, k), provenance);
  }

  private static List<dev.tandem.engine.pipeline.Offer> ask(Engine engine, Query query, int k) {
    int[] items = query.items();
    return items.length == 0 ? List.of() : engine.upSell(items[0], query.user(), k);
  }
}

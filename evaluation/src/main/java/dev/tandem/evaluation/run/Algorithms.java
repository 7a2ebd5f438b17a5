package dev.tandem.evaluation.run;

import dev.tandem.evaluation.engine.PricierInType;
import dev.tandem.evaluation.engine.TandemCrossSell;
import dev.tandem.evaluation.engine.TandemShopperCrossSell;
import dev.tandem.evaluation.engine.TandemUpSell;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.factors.Ease;
import dev.tandem.recommend.factors.ImplicitAls;
import dev.tandem.recommend.hybrid.Hybrid;
import dev.tandem.recommend.hybrid.RankedHybrid;
import dev.tandem.recommend.neighbours.ItemKnn;
import dev.tandem.recommend.neighbours.Rp3Beta;
import dev.tandem.recommend.neighbours.UserKnn;
import dev.tandem.recommend.popularity.CategoryPopularity;
import dev.tandem.recommend.popularity.GlobalPopularity;
import dev.tandem.recommend.popularity.TrendingPopularity;
import dev.tandem.recommend.rules.RulesTrainer;
import dev.tandem.recommend.sessions.SessionKnn;
import dev.tandem.segments.SegmentPopularityTrainer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Algorithms by command-line name, each with its default trainer, and specs that change some of its
 * parameters: {@code item-knn:similarity=cosine,neighbours=50}. To add one, add a line to {@link
 * #defaults()}: {@code put(all, "item-knn", TrainerSpecs::itemKnn);}, its parameters read in
 * {@link TrainerSpecs}.
 */
public final class Algorithms {
  private static final Map<String, Function<SpecParameters, Trainer>> TRAINERS = defaults();

  private Algorithms() {}

  private static Map<String, Function<SpecParameters, Trainer>> defaults() {
    Map<String, Function<SpecParameters, Trainer>> all = new LinkedHashMap<>();
    put(all, GlobalPopularity.ALGORITHM, TrainerSpecs::popularity);
    put(all, CategoryPopularity.ALGORITHM, TrainerSpecs::categoryPopularity);
    put(all, TrendingPopularity.ALGORITHM, TrainerSpecs::trendingPopularity);
    put(all, SegmentPopularityTrainer.ALGORITHM, p -> SegmentPopularityTrainer.defaults());
    put(all, RulesTrainer.ALGORITHM, TrainerSpecs::rules);
    put(all, ItemKnn.ALGORITHM, TrainerSpecs::itemKnn);
    put(all, Rp3Beta.ALGORITHM, TrainerSpecs::rp3beta);
    put(all, UserKnn.ALGORITHM, TrainerSpecs::userKnn);
    put(all, SessionKnn.ALGORITHM, TrainerSpecs::sessionKnn);
    put(all, ImplicitAls.ALGORITHM, TrainerSpecs::implicitAls);
    put(all, Ease.ALGORITHM, TrainerSpecs::ease);
    put(all, Hybrid.ALGORITHM, TrainerSpecs::hybrid);
    put(all, RankedHybrid.ALGORITHM, TrainerSpecs::rankedHybrid);
    put(all, "tandem-upsell-conversion", p -> new TandemUpSell("conversion"));
    put(all, "tandem-upsell-revenue", p -> new TandemUpSell("revenue"));
    put(all, "pricier-popular", p -> new PricierInType(PricierInType.Order.POPULAR));
    put(all, "pricier-nearest", p -> new PricierInType(PricierInType.Order.NEAREST));
    put(all, "tandem-cross-sell-conversion", p -> new TandemCrossSell("conversion"));
    put(all, "tandem-cross-sell-revenue", p -> new TandemCrossSell("revenue"));
    put(all, TandemShopperCrossSell.ALGORITHM, p -> new TandemShopperCrossSell());
    return Collections.unmodifiableMap(all);
  }

  private static void put(Map<String, Function<SpecParameters, Trainer>> all, String name,
      Function<SpecParameters, Trainer> trainer) {
    if (all.put(name, trainer) != null) {
      throw new IllegalStateException("algorithm '" + name + "' registered twice");
    }
  }

  /** The known names, in registration order. */
  public static Set<String> names() {
    return TRAINERS.keySet();
  }

  /**
   * The trainer a spec asks for: an algorithm's name, then optionally a colon and {@code
   * name=value} parameters separated by commas, each overriding the algorithm's default ({@code
   * item-knn:similarity=cosine,neighbours=50}; a hybrid's components are specs separated by ';'
   * with '+' for their commas). With parameters, the trainer is named by the spec, so that two
   * settings of one algorithm stand apart in a report. An unknown name, parameter or bad value is
   * an error that says which. The engine's up-sell takes rules overrides instead: {@code
   * tandem-upsell-revenue:upsell.choice=recent,upsell.willingness-weight=0.5}.
   */
  public static Trainer trainer(String spec) {
    String text = spec.trim();
    if (text.toLowerCase(Locale.ROOT).startsWith(TandemUpSell.PREFIX) && text.contains(":")) {
      return TandemUpSell.named(text);
    }
    Trainer trainer = configured(text);
    int colon = text.indexOf(':');
    boolean withParameters = colon >= 0 && !text.substring(colon + 1).isBlank();
    return withParameters
        ? new NamedTrainer(text.substring(0, colon).toLowerCase(Locale.ROOT)
            + text.substring(colon), trainer)
        : trainer;
  }

  /** The trainer of a spec, named by its algorithm alone (a hybrid's component). */
  static Trainer configured(String spec) {
    String[] parts = spec.trim().split(":", 2);
    String name = parts[0].trim().toLowerCase(Locale.ROOT);
    Function<SpecParameters, Trainer> factory = TRAINERS.get(name);
    if (factory == null) {
      throw new IllegalArgumentException(
          "unknown algorithm '" + parts[0].trim() + "'; known: " + String.join(", ", names()));
    }
    SpecParameters parameters = SpecParameters.parse(name, parts.length > 1 ? parts[1] : "");
    Trainer trainer = factory.apply(parameters);
    parameters.requireAllKnown();
    return trainer;
  }

  public static List<Trainer> trainers(List<String> specs) {
    List<Trainer> trainers = new ArrayList<>();
    for (String spec : specs) {
      trainers.add(trainer(spec));
    }
    return trainers;
  }
}

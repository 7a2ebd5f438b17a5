package dev.tandem.evaluation.run;

import static dev.tandem.evaluation.run.SpecParameters.choice;

import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.factors.Ease;
import dev.tandem.recommend.factors.ImplicitAls;
import dev.tandem.recommend.hybrid.Hybrid;
import dev.tandem.recommend.hybrid.RankedHybrid;
import dev.tandem.recommend.hybrid.ValidationTask;
import dev.tandem.recommend.neighbours.ItemKnn;
import dev.tandem.recommend.neighbours.Rp3Beta;
import dev.tandem.recommend.neighbours.Similarity;
import dev.tandem.recommend.neighbours.UserKnn;
import dev.tandem.recommend.popularity.CategoryPopularity;
import dev.tandem.recommend.popularity.Counting;
import dev.tandem.recommend.popularity.GlobalPopularity;
import dev.tandem.recommend.popularity.TrendingPopularity;
import dev.tandem.recommend.rules.RulesTrainer;
import dev.tandem.recommend.sessions.SessionKnn;
import dev.tandem.rules.RuleMeasure;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Each model's trainer from its spec's parameters, every parameter starting at the model's
 * default. The names are the trainers' own (docs/models.md describes them).
 */
final class TrainerSpecs {
  private TrainerSpecs() {}

  static GlobalPopularity popularity(SpecParameters p) {
    return new GlobalPopularity(p.get("counting", choice(Counting.class), Counting.ORDERS));
  }

  static CategoryPopularity categoryPopularity(SpecParameters p) {
    return new CategoryPopularity(p.get("counting", choice(Counting.class), Counting.ORDERS));
  }

  static TrendingPopularity trendingPopularity(SpecParameters p) {
    return new TrendingPopularity(
        p.get("halfLife", TrainerSpecs::duration, Duration.ofDays(30)));
  }

  static RulesTrainer rules(SpecParameters p) {
    RulesTrainer d = RulesTrainer.defaults();
    return new RulesTrainer(p.get("minSupport", SpecParameters::decimal, d.minSupport()),
        p.get("minConfidence", SpecParameters::decimal, d.minConfidence()),
        p.get("maxLength", SpecParameters::integer, d.maxLength()),
        p.get("rankBy", choice(RuleMeasure.class), d.rankBy()));
  }

  static ItemKnn itemKnn(SpecParameters p) {
    ItemKnn t = ItemKnn.defaults();
    t = p.with(t, "interactions", Interactions::parse, ItemKnn::withInteractions);
    t = p.with(t, "similarity", Similarity::parse, ItemKnn::withSimilarity);
    t = p.with(t, "neighbours", SpecParameters::integer, ItemKnn::withNeighbours);
    t = p.with(t, "shrinkage", SpecParameters::decimal, ItemKnn::withShrinkage);
    t = p.with(t, "alpha", SpecParameters::decimal, ItemKnn::withAlpha);
    t = p.with(t, "normalise", SpecParameters::bool, ItemKnn::withNormalise);
    return p.with(t, "threads", SpecParameters::integer, ItemKnn::withThreads);
  }

  static Rp3Beta rp3beta(SpecParameters p) {
    Rp3Beta t = Rp3Beta.defaults();
    t = p.with(t, "interactions", Interactions::parse, Rp3Beta::withInteractions);
    t = p.with(t, "alpha", SpecParameters::decimal, Rp3Beta::withAlpha);
    t = p.with(t, "beta", SpecParameters::decimal, Rp3Beta::withBeta);
    return p.with(t, "neighbours", SpecParameters::integer, Rp3Beta::withNeighbours);
  }

  static UserKnn userKnn(SpecParameters p) {
    return new UserKnn(p.get("neighbours", SpecParameters::integer,
        UserKnn.defaults().neighbours()));
  }

  static SessionKnn sessionKnn(SpecParameters p) {
    SessionKnn d = SessionKnn.defaults();
    return new SessionKnn(p.get("neighbours", SpecParameters::integer, d.neighbours()),
        p.get("sampleSize", SpecParameters::integer, d.sampleSize()),
        p.get("positionWeights", SpecParameters::bool, d.positionWeights()),
        p.get("lengthPower", SpecParameters::decimal, d.lengthPower()),
        p.get("similarityPower", SpecParameters::decimal, d.similarityPower()));
  }

  static ImplicitAls implicitAls(SpecParameters p) {
    ImplicitAls t = ImplicitAls.defaults();
    t = p.with(t, "interactions", Interactions::parse, ImplicitAls::withInteractions);
    t = p.with(t, "factors", SpecParameters::integer, ImplicitAls::withFactors);
    t = p.with(t, "iterations", SpecParameters::integer, ImplicitAls::withIterations);
    t = p.with(t, "lambda", SpecParameters::decimal, ImplicitAls::withLambda);
    t = p.with(t, "alpha", SpecParameters::decimal, ImplicitAls::withAlpha);
    t = p.with(t, "cgSteps", SpecParameters::integer, ImplicitAls::withCgSteps);
    t = p.with(t, "seed", SpecParameters::wholeNumber, ImplicitAls::withSeed);
    return p.with(t, "threads", SpecParameters::integer, ImplicitAls::withThreads);
  }

  static Ease ease(SpecParameters p) {
    Ease t = Ease.defaults();
    t = p.with(t, "interactions", Interactions::parse, Ease::withInteractions);
    t = p.with(t, "lambda", SpecParameters::decimal, Ease::withLambda);
    return p.with(t, "maxItems", SpecParameters::integer, Ease::withMaxItems);
  }

  /**
   * {@code components=spec;spec;...}: each component a spec of its own, its commas written as
   * '+' ({@code session-knn:neighbours=300+similarityPower=4}).
   */
  static Hybrid hybrid(SpecParameters p) {
    return blend(p, Hybrid.defaults());
  }

  /** The hybrid's parameters, and {@code itemTrend}. */
  static RankedHybrid rankedHybrid(SpecParameters p) {
    RankedHybrid d = RankedHybrid.defaults();
    Hybrid blend = blend(p, new Hybrid(d.components(), d.task(), d.validationFraction(),
        d.maxValidationQueries(), d.depth(), d.rankShare(), d.eventWeights(), d.seed()));
    return new RankedHybrid(blend.components(), blend.task(), blend.validationFraction(),
        blend.maxValidationQueries(), blend.depth(), blend.rankShare(),
        p.get("itemTrend", SpecParameters::bool, d.itemTrend()), blend.eventWeights(),
        blend.seed());
  }

  /** The parameters both blends take, over {@code d}'s values. */
  private static Hybrid blend(SpecParameters p, Hybrid d) {
    return new Hybrid(p.get("components", TrainerSpecs::components, d.components()),
        p.get("task", ValidationTask::parse, d.task()),
        p.get("validationFraction", SpecParameters::decimal, d.validationFraction()),
        p.get("validationQueries", SpecParameters::integer, d.maxValidationQueries()),
        p.get("depth", SpecParameters::integer, d.depth()),
        p.get("rankShare", SpecParameters::decimal, d.rankShare()), d.eventWeights(),
        p.get("seed", SpecParameters::wholeNumber, d.seed()));
  }

  private static List<Trainer> components(String text) {
    List<Trainer> components = new ArrayList<>();
    for (String component : text.split(";")) {
      if (!component.isBlank()) {
        components.add(Algorithms.configured(component.replace('+', ',')));
      }
    }
    if (components.isEmpty()) {
      throw new IllegalArgumentException("no components");
    }
    return components;
  }

  private static Duration duration(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 duration such as P30D or PT12H");
    }
  }
}

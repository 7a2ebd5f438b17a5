package dev.tandem.benchmarks;

import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.factors.Ease;
import dev.tandem.recommend.factors.ImplicitAls;
import dev.tandem.recommend.neighbours.ItemKnn;
import dev.tandem.recommend.neighbours.Rp3Beta;
import dev.tandem.recommend.neighbours.Similarity;
import dev.tandem.recommend.neighbours.UserKnn;
import dev.tandem.recommend.sessions.SessionKnn;
import dev.tandem.recommend.hybrid.Hybrid;
import dev.tandem.recommend.hybrid.RankedHybrid;
import dev.tandem.recommend.popularity.GlobalPopularity;
import dev.tandem.recommend.popularity.TrendingPopularity;
import dev.tandem.recommend.rules.RulesTrainer;
import dev.tandem.rules.RuleMeasure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trainers from short specs: {@code algorithm} or {@code algorithm:name=value,name=value}, each
 * parameter overriding the algorithm's defaults, e.g. {@code
 * item-knn:similarity=cosine,neighbours=50}.
 */
final class ModelSpecs {
  private ModelSpecs() {}

  static Trainer parse(String spec) {
    String[] parts = spec.split(":", 2);
    Map<String, String> p = parameters(parts.length > 1 ? parts[1] : "");
    Trainer trainer = switch (parts[0]) {
      case ItemKnn.ALGORITHM -> itemKnn(p);
      case Rp3Beta.ALGORITHM -> rp3beta(p);
      case ImplicitAls.ALGORITHM -> implicitAls(p);
      case Ease.ALGORITHM -> ease(p);
      case Hybrid.ALGORITHM -> hybrid(p);
      case RankedHybrid.ALGORITHM -> rankedHybrid(p);
      case RulesTrainer.ALGORITHM -> rules(p);
      case TrendingPopularity.ALGORITHM -> new TrendingPopularity(
          java.time.Duration.parse(p.getOrDefault("halfLife", "PT720H")));
      case GlobalPopularity.ALGORITHM -> GlobalPopularity.byOrders();
      case UserKnn.ALGORITHM -> new UserKnn(
          Integer.parseInt(p.getOrDefault("neighbours", "50")));
      case SessionKnn.ALGORITHM -> new SessionKnn(
          Integer.parseInt(p.getOrDefault("neighbours", "100")),
          Integer.parseInt(p.getOrDefault("sampleSize", "1000")),
          Boolean.parseBoolean(p.getOrDefault("positionWeights", "true")),
          Double.parseDouble(p.getOrDefault("lengthPower", "0.5")),
          Double.parseDouble(p.getOrDefault("similarityPower", "1")));
      default -> throw new IllegalArgumentException("unknown algorithm '" + parts[0] + "'");
    };
    p.keySet().removeAll(java.util.Set.of("neighbours", "sampleSize", "positionWeights")
        .stream().filter(key -> trainer instanceof UserKnn || trainer instanceof SessionKnn)
        .toList());
    p.keySet().removeAll(java.util.Set.of("lengthPower", "similarityPower")
        .stream().filter(key -> trainer instanceof SessionKnn).toList());
    p.keySet().removeAll(java.util.Set.of("minSupport", "minConfidence", "maxLength", "rankBy")
        .stream().filter(key -> trainer instanceof RulesTrainer).toList());
    p.remove(trainer instanceof TrendingPopularity ? "halfLife" : "");
    if (!p.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters for " + parts[0] + ": " + p.keySet());
    }
    return trainer;
  }

  private static ItemKnn itemKnn(Map<String, String> p) {
    ItemKnn t = ItemKnn.defaults();
    if (p.containsKey("interactions")) {
      t = t.withInteractions(Interactions.parse(p.remove("interactions")));
    }
    if (p.containsKey("similarity")) {
      t = t.withSimilarity(Similarity.parse(p.remove("similarity")));
    }
    if (p.containsKey("neighbours")) {
      t = t.withNeighbours(Integer.parseInt(p.remove("neighbours")));
    }
    if (p.containsKey("shrinkage")) {
      t = t.withShrinkage(Double.parseDouble(p.remove("shrinkage")));
    }
    if (p.containsKey("alpha")) {
      t = t.withAlpha(Double.parseDouble(p.remove("alpha")));
    }
    if (p.containsKey("normalise")) {
      t = t.withNormalise(Boolean.parseBoolean(p.remove("normalise")));
    }
    return t;
  }

  private static RankedHybrid rankedHybrid(Map<String, String> p) {
    RankedHybrid t = RankedHybrid.defaults();
    if (p.containsKey("itemTrend")) {
      t = t.withItemTrend(Boolean.parseBoolean(p.remove("itemTrend")));
    }
    if (p.containsKey("validationFraction")) {
      t = t.withValidationFraction(Double.parseDouble(p.remove("validationFraction")));
    }
    return t;
  }

  private static Rp3Beta rp3beta(Map<String, String> p) {
    Rp3Beta t = Rp3Beta.defaults();
    if (p.containsKey("interactions")) {
      t = t.withInteractions(Interactions.parse(p.remove("interactions")));
    }
    if (p.containsKey("alpha")) {
      t = t.withAlpha(Double.parseDouble(p.remove("alpha")));
    }
    if (p.containsKey("beta")) {
      t = t.withBeta(Double.parseDouble(p.remove("beta")));
    }
    if (p.containsKey("neighbours")) {
      t = t.withNeighbours(Integer.parseInt(p.remove("neighbours")));
    }
    return t;
  }

  private static ImplicitAls implicitAls(Map<String, String> p) {
    ImplicitAls t = ImplicitAls.defaults();
    if (p.containsKey("interactions")) {
      t = t.withInteractions(Interactions.parse(p.remove("interactions")));
    }
    if (p.containsKey("factors")) {
      t = t.withFactors(Integer.parseInt(p.remove("factors")));
    }
    if (p.containsKey("iterations")) {
      t = t.withIterations(Integer.parseInt(p.remove("iterations")));
    }
    if (p.containsKey("lambda")) {
      t = t.withLambda(Double.parseDouble(p.remove("lambda")));
    }
    if (p.containsKey("alpha")) {
      t = t.withAlpha(Double.parseDouble(p.remove("alpha")));
    }
    if (p.containsKey("cgSteps")) {
      t = t.withCgSteps(Integer.parseInt(p.remove("cgSteps")));
    }
    if (p.containsKey("seed")) {
      t = t.withSeed(Long.parseLong(p.remove("seed")));
    }
    return t;
  }

  /**
   * {@code hybrid:components=spec;spec;...,rankShare=x}, component specs with ',' written as '+'.
   */
  private static Hybrid hybrid(Map<String, String> p) {
    Hybrid hybrid = hybridComponents(p);
    if (p.containsKey("rankShare")) {
      hybrid = hybrid.withRankShare(Double.parseDouble(p.remove("rankShare")));
    }
    return hybrid;
  }

  private static Hybrid hybridComponents(Map<String, String> p) {
    if (!p.containsKey("components")) {
      return Hybrid.defaults();
    }
    String text = p.remove("components");
    List<Trainer> components = new ArrayList<>();
    for (String component : text.split(";")) {
      components.add(parse(component.replace('+', ',')));
    }
    long seed = p.containsKey("seed") ? Long.parseLong(p.remove("seed")) : 42L;
    return Hybrid.of(components, seed);
  }

  private static RulesTrainer rules(Map<String, String> p) {
    RulesTrainer d = RulesTrainer.defaults();
    return new RulesTrainer(
        Double.parseDouble(p.getOrDefault("minSupport", "" + d.minSupport())),
        Double.parseDouble(p.getOrDefault("minConfidence", "" + d.minConfidence())),
        Integer.parseInt(p.getOrDefault("maxLength", "" + d.maxLength())),
        p.containsKey("rankBy")
            ? RuleMeasure.valueOf(p.get("rankBy").toUpperCase(java.util.Locale.ROOT))
            : d.rankBy());
  }

  private static Ease ease(Map<String, String> p) {
    Ease t = Ease.defaults();
    if (p.containsKey("interactions")) {
      t = t.withInteractions(Interactions.parse(p.remove("interactions")));
    }
    if (p.containsKey("lambda")) {
      t = t.withLambda(Double.parseDouble(p.remove("lambda")));
    }
    if (p.containsKey("maxItems")) {
      t = t.withMaxItems(Integer.parseInt(p.remove("maxItems")));
    }
    return t;
  }

  private static Map<String, String> parameters(String text) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String entry : text.split(",")) {
      if (!entry.isBlank()) {
        String[] kv = entry.split("=", 2);
        if (kv.length != 2) {
          throw new IllegalArgumentException("parameter '" + entry + "' is not name=value");
        }
        map.put(kv[0].trim(), kv[1].trim());
      }
    }
    return map;
  }
}

package dev.tandem.evaluation.run;

import dev.tandem.evaluation.engine.PricierInType;
import dev.tandem.evaluation.engine.TandemCrossSell;
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
import dev.tandem.recommend.popularity.Counting;
import dev.tandem.recommend.popularity.GlobalPopularity;
import dev.tandem.recommend.popularity.TrendingPopularity;
import dev.tandem.recommend.rules.RulesTrainer;
import dev.tandem.recommend.sessions.SessionKnn;
import dev.tandem.segments.SegmentPopularityTrainer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Algorithms by command-line name, each with its default trainer. To add one, add a line to
 * {@link #defaults()}: {@code put(all, "item-knn", ItemKnn::defaults);}.
 */
public final class Algorithms {
  private static final Map<String, Supplier<Trainer>> TRAINERS = defaults();

  private Algorithms() {}

  private static Map<String, Supplier<Trainer>> defaults() {
    Map<String, Supplier<Trainer>> all = new LinkedHashMap<>();
    put(all, GlobalPopularity.ALGORITHM, GlobalPopularity::byOrders);
    put(all, CategoryPopularity.ALGORITHM, () -> new CategoryPopularity(Counting.ORDERS));
    put(all, TrendingPopularity.ALGORITHM, () -> new TrendingPopularity(Duration.ofDays(30)));
    put(all, SegmentPopularityTrainer.ALGORITHM, SegmentPopularityTrainer::defaults);
    put(all, RulesTrainer.ALGORITHM, RulesTrainer::defaults);
    put(all, ItemKnn.ALGORITHM, ItemKnn::defaults);
    put(all, Rp3Beta.ALGORITHM, Rp3Beta::defaults);
    put(all, UserKnn.ALGORITHM, UserKnn::defaults);
    put(all, SessionKnn.ALGORITHM, SessionKnn::defaults);
    put(all, ImplicitAls.ALGORITHM, ImplicitAls::defaults);
    put(all, Ease.ALGORITHM, Ease::defaults);
    put(all, Hybrid.ALGORITHM, Hybrid::defaults);
    put(all, RankedHybrid.ALGORITHM, RankedHybrid::defaults);
    put(all, "tandem-upsell-conversion", () -> new TandemUpSell("conversion"));
    put(all, "tandem-upsell-revenue", () -> new TandemUpSell("revenue"));
    put(all, "pricier-popular", () -> new PricierInType(PricierInType.Order.POPULAR));
    put(all, "pricier-nearest", () -> new PricierInType(PricierInType.Order.NEAREST));
    put(all, "tandem-cross-sell-conversion", () -> new TandemCrossSell("conversion"));
    put(all, "tandem-cross-sell-revenue", () -> new TandemCrossSell("revenue"));
    return Collections.unmodifiableMap(all);
  }

  private static void put(Map<String, Supplier<Trainer>> all, String name,
      Supplier<Trainer> trainer) {
    if (all.put(name, trainer) != null) {
      throw new IllegalStateException("algorithm '" + name + "' registered twice");
    }
  }

  /** The known names, in registration order. */
  public static Set<String> names() {
    return TRAINERS.keySet();
  }

  /**
   * The default trainer of an algorithm, or an error listing the known names. The engine's up-sell
   * also takes rules overrides after a colon: {@code
   * tandem-upsell-revenue:upsell.choice=recent,upsell.willingness-weight=0.5}.
   */
  public static Trainer trainer(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    if (key.startsWith(TandemUpSell.PREFIX) && key.contains(":")) {
      return TandemUpSell.named(name.trim());
    }
    Supplier<Trainer> trainer = TRAINERS.get(key);
    if (trainer == null) {
      throw new IllegalArgumentException(
          "unknown algorithm '" + name.trim() + "'; known: " + String.join(", ", names()));
    }
    return trainer.get();
  }

  public static List<Trainer> trainers(List<String> names) {
    List<Trainer> trainers = new ArrayList<>();
    for (String name : names) {
      trainers.add(trainer(name));
    }
    return trainers;
  }
}

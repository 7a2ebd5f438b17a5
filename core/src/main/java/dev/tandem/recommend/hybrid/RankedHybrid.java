package dev.tandem.recommend.hybrid;

import dev.tandem.dataset.Snapshot;
import dev.tandem.propensity.LogisticRegression;
import dev.tandem.propensity.PropensitySet;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.Recommender;
import dev.tandem.recommend.Trainer;
import dev.tandem.shop.EventWeights;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code hybrid-ranker}: the {@link Hybrid}'s components, blended by a learned ranker instead of
 * fixed weights. The validation split is the hybrid's (the last {@code validationFraction} of
 * baskets in time, every component trained on the rest, the queries those of its {@code task});
 * each validation query's candidates become rows of {@link BlendFeatures} labelled 1 for a right
 * answer (a cart's hidden item; any of a shopper's later items) and 0 for the others, and a
 * logistic regression learns how much each component counts, how that changes with the cart's
 * size, and how much an item's recent sales and its last sale count ({@link ItemTrend}; {@code
 * itemTrend=false} leaves those features at zero, for shops whose order times do not carry over
 * from one period to the next). The components and the item trend are then taken again from the
 * whole snapshot. Deterministic for a seed.
 */
public record RankedHybrid(List<Trainer> components, ValidationTask task,
    double validationFraction, int maxValidationQueries, int depth, double rankShare,
    boolean itemTrend, EventWeights eventWeights, long seed) implements Trainer {
  public static final String ALGORITHM = "hybrid-ranker";
  private static final LogisticRegression REGRESSION = new LogisticRegression(1e-3, 50, 1e-6);

  public RankedHybrid {
    Hybrid checked = new Hybrid(components, task, validationFraction, maxValidationQueries, depth,
        rankShare, eventWeights, seed);
    components = checked.components();
  }

  /**
   * The components of {@link Hybrid#defaults()}, 10% of baskets held out, at most 10,000
   * validation carts, depth 50, rank share {@link Hybrid#RANK_SHARE}, seed 42.
   */
  public static RankedHybrid defaults() {
    Hybrid hybrid = Hybrid.defaults();
    return new RankedHybrid(hybrid.components(), ValidationTask.BASKET_COMPLETION, 0.1, 10_000,
        50, Hybrid.RANK_SHARE, true, EventWeights.DEFAULT, 42L);
  }

  /** The same ranker with or without the item-trend features. */
  public RankedHybrid withItemTrend(boolean on) {
    return new RankedHybrid(components, task, validationFraction, maxValidationQueries, depth,
        rankShare, on, eventWeights, seed);
  }

  /**
   * The same ranker learning on another share of the latest baskets: it learns how far the
   * components and the sales trend carry over that horizon, so it should match how long a model
   * serves before it is retrained.
   */
  public RankedHybrid withValidationFraction(double fraction) {
    return new RankedHybrid(components, task, fraction, maxValidationQueries, depth, rankShare,
        itemTrend, eventWeights, seed);
  }

  private ItemTrend trend(Snapshot snapshot) {
    return itemTrend ? ItemTrend.of(snapshot) : ItemTrend.none(snapshot.itemCount());
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public RankedHybridModel train(Snapshot snapshot) {
    LearnedRanker ranker = learnRanker(snapshot);
    List<Recommender> models = new ArrayList<>();
    for (Trainer component : components) {
      models.add(component.train(snapshot));
    }
    return new RankedHybridModel(provenance(snapshot, ranker), models, ranker,
        trend(snapshot), depth, rankShare);
  }

  LearnedRanker learnRanker(Snapshot snapshot) {
    ValidationSplit split =
        task.split(snapshot, validationFraction, maxValidationQueries, eventWeights, seed);
    List<Recommender> fitted = new ArrayList<>();
    for (Trainer component : components) {
      fitted.add(component.train(split.fit()));
    }
    ItemTrend trend = trend(split.fit());
    FloatArrayList rows = new FloatArrayList();
    IntArrayList items = new IntArrayList();
    IntArrayList labels = new IntArrayList();
    for (int q = 0; q < split.queries().size(); q++) {
      Query query = split.queries().get(q);
      Recommendations[] lists = new Recommendations[fitted.size()];
      for (int m = 0; m < lists.length; m++) {
        lists[m] = fitted.get(m).recommend(query, depth);
      }
      int from = items.size();
      BlendFeatures.of(lists, query, trend, depth, rankShare, items, rows);
      IntOpenHashSet relevant = new IntOpenHashSet(split.relevant()[q]);
      for (int c = from; c < items.size(); c++) {
        labels.add(relevant.contains(items.getInt(c)) ? 1 : 0);
      }
    }
    byte[] bytes = new byte[labels.size()];
    int positives = 0;
    for (int r = 0; r < bytes.length; r++) {
      bytes[r] = (byte) labels.getInt(r);
      positives += bytes[r];
    }
    if (positives == 0 || positives == bytes.length) {
      throw new IllegalArgumentException("hybrid-ranker needs validation queries whose right"
          + " answers some component lists, and others it does not: the snapshot has "
          + bytes.length + " candidate rows, " + positives + " of them right answers; use hybrid"
          + " instead");
    }
    return LearnedRanker.fit(new PropensitySet(BlendFeatures.names(componentNames()),
        rows.toFloatArray(), bytes), REGRESSION);
  }

  private List<String> componentNames() {
    List<String> names = new ArrayList<>();
    for (int m = 0; m < components.size(); m++) {
      names.add(m + ":" + components.get(m).algorithm());
    }
    return names;
  }

  private Provenance provenance(Snapshot snapshot, LearnedRanker ranker) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (task != ValidationTask.BASKET_COMPLETION) {
      parameters.put("validationTask", task.wireName());
    }
    parameters.put("validationFraction", validationFraction);
    parameters.put("maxValidationQueries", maxValidationQueries);
    parameters.put("depth", depth);
    parameters.put(HybridModel.RANK_SHARE_PARAMETER, rankShare);
    parameters.put("itemTrend", itemTrend);
    parameters.put("eventWeights", eventWeights);
    for (int m = 0; m < components.size(); m++) {
      parameters.put("component" + m, components.get(m).algorithm());
    }
    List<String> names = BlendFeatures.names(componentNames());
    for (int f = 0; f < names.size(); f++) {
      parameters.put("weight[" + names.get(f) + "]", (float) ranker.weights()[f]);
    }
    parameters.put("intercept", (float) ranker.weights()[names.size()]);
    return Provenance.of(ALGORITHM, parameters, snapshot.fingerprint(), seed);
  }
}

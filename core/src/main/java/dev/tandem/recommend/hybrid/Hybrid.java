package dev.tandem.recommend.hybrid;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.Recommender;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.factors.Ease;
import dev.tandem.recommend.factors.ImplicitAls;
import dev.tandem.recommend.neighbours.ItemKnn;
import dev.tandem.recommend.popularity.GlobalPopularity;
import dev.tandem.recommend.sessions.SessionKnn;
import dev.tandem.shop.EventWeights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A blend of several models' candidates, with weights learned on the training data itself: the
 * last {@code validationFraction} of baskets in time are held out, every component is trained on
 * the rest, and {@link WeightSearch} picks the weights that do the {@code task} best on the
 * held-out baskets (HR@10 + NDCG@10): complete them, or guess each shopper's next purchases. The
 * components are then trained again on the whole snapshot. {@code eventWeights} must be those the
 * snapshot was built with (the fit part is rebuilt from its events). Each component's top {@code
 * depth} candidates are normalised ({@link RankBlend}: {@code rankShare} by rank, the rest by
 * min-max score) and summed with the learned weights, which go into provenance.
 */
public record Hybrid(
    List<Trainer> components, ValidationTask task, double validationFraction,
    int maxValidationQueries, int depth, double rankShare, EventWeights eventWeights, long seed)
    implements Trainer {
  public static final String ALGORITHM = "hybrid";
  /**
   * The default rank share of the normalisation: mostly min-max score, a tenth rank (chosen on
   * RETAIL-BC's validation split, docs/models.md).
   */
  public static final double RANK_SHARE = 0.1;

  public Hybrid {
    components = List.copyOf(components);
    if (components.isEmpty()) {
      throw new IllegalArgumentException("hybrid needs at least one component model");
    }
    if (task == null) {
      throw new IllegalArgumentException("hybrid needs a validation task");
    }
    if (!(validationFraction > 0 && validationFraction < 1)) {
      throw new IllegalArgumentException(
          "hybrid validationFraction must lie strictly between 0 and 1: " + validationFraction);
    }
    if (maxValidationQueries < 1 || depth < 1) {
      throw new IllegalArgumentException(
          "hybrid maxValidationQueries and depth must be at least 1");
    }
    if (!(rankShare >= 0 && rankShare <= 1)) {
      throw new IllegalArgumentException("hybrid rankShare must lie in [0, 1]: " + rankShare);
    }
    if (eventWeights == null) {
      throw new IllegalArgumentException("hybrid needs the snapshot's event weights");
    }
  }

  /**
   * The default blend: item-knn, ease, implicit-als, session-knn and popularity (by orders), seed
   * 42. Session-knn is tuned for blending (on RETAIL-BC's validation split, docs/models.md): 300
   * neighbours among each item's 10,000 most recent sessions, long sessions penalised less (length
   * power 0.3) and the closest ones counting most (similarity power 4); the others have their
   * defaults.
   */
  public static Hybrid defaults() {
    return of(List.of(ItemKnn.defaults(), Ease.defaults(), ImplicitAls.defaults(),
        new SessionKnn(300, 10_000, true, 0.3, 4), GlobalPopularity.byOrders()), 42L);
  }

  /**
   * The given components, 10% held out, at most 2,000 validation queries, depth 50, rank share
   * {@link #RANK_SHARE}.
   */
  public static Hybrid of(List<Trainer> components, long seed) {
    return new Hybrid(components, ValidationTask.BASKET_COMPLETION, 0.1, 2_000, 50, RANK_SHARE,
        EventWeights.DEFAULT, seed);
  }

  /** The same blend with another rank share (0: min-max scores only, 1: ranks only). */
  public Hybrid withRankShare(double share) {
    return new Hybrid(components, task, validationFraction, maxValidationQueries, depth, share,
        eventWeights, seed);
  }

  /** The same blend learning its weights on another task. */
  public Hybrid withTask(ValidationTask value) {
    return new Hybrid(components, value, validationFraction, maxValidationQueries, depth,
        rankShare, eventWeights, seed);
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public HybridModel train(Snapshot snapshot) {
    double[] weights = learnWeights(snapshot);
    List<Recommender> models = new ArrayList<>();
    for (Trainer component : components) {
      models.add(component.train(snapshot));
    }
    return new HybridModel(provenance(snapshot, weights), models, weights, depth, rankShare,
        snapshot.itemCount());
  }

  /** The blend weights learned on the validation split, one per component. */
  public double[] learnWeights(Snapshot snapshot) {
    ValidationSplit split =
        task.split(snapshot, validationFraction, maxValidationQueries, eventWeights, seed);
    if (split.queries().isEmpty()) {
      double[] equal = new double[components.size()];
      java.util.Arrays.fill(equal, 1);
      return equal;
    }
    List<Recommender> fitted = new ArrayList<>();
    for (Trainer component : components) {
      fitted.add(component.train(split.fit()));
    }
    Recommendations[][] lists = new Recommendations[split.queries().size()][];
    for (int q = 0; q < lists.length; q++) {
      Query query = split.queries().get(q);
      lists[q] = new Recommendations[fitted.size()];
      for (int m = 0; m < fitted.size(); m++) {
        lists[q][m] = fitted.get(m).recommend(query, depth);
      }
    }
    return new WeightSearch(
        lists, split.queries(), split.hidden(), depth, rankShare, WeightSearch.GRID)
        .run(components.size());
  }

  private Provenance provenance(Snapshot snapshot, double[] weights) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (task != ValidationTask.BASKET_COMPLETION) {
      parameters.put("validationTask", task.wireName());
    }
    parameters.put("validationFraction", validationFraction);
    parameters.put("maxValidationQueries", maxValidationQueries);
    parameters.put("depth", depth);
    parameters.put(HybridModel.RANK_SHARE_PARAMETER, rankShare);
    parameters.put("eventWeights", eventWeights);
    for (int m = 0; m < components.size(); m++) {
      parameters.put("component" + m, components.get(m).algorithm());
      parameters.put("weight" + m, weights[m]);
    }
    return Provenance.of(ALGORITHM, parameters, snapshot.fingerprint(), seed);
  }
}

package dev.tandem.recommend.neighbours;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.SparseRows;
import dev.tandem.recommend.Trainer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Item-item nearest neighbours on co-occurrence: for each item, the {@code neighbours} items with
 * the highest {@link Similarity} to it, computed from {@link Interactions} and multiplied by the
 * shrinkage factor co / (co + shrinkage), which damps similarities resting on few co-occurrences.
 * With {@code normalise}, each item's row is divided by its best score, so every cart item has the
 * same say. A cart scores item j by the sum of sim(i → j) over its items; a known shopper without a
 * cart by the same sum over the items of their history. Deterministic; {@code threads} only sets
 * how many cores the build uses.
 */
public record ItemKnn(
    Interactions interactions, Similarity similarity, int neighbours, double shrinkage,
    double alpha, boolean normalise, int threads) implements Trainer {
  public static final String ALGORITHM = "item-knn";

  public ItemKnn {
    if (interactions == null || similarity == null) {
      throw new IllegalArgumentException("item-knn needs interactions and a similarity");
    }
    if (neighbours < 1) {
      throw new IllegalArgumentException("item-knn neighbours must be at least 1: " + neighbours);
    }
    if (!(shrinkage >= 0) || Double.isInfinite(shrinkage)) {
      throw new IllegalArgumentException(
          "item-knn shrinkage must be finite and >= 0: " + shrinkage);
    }
    if (!(alpha >= 0 && alpha <= 1)) {
      throw new IllegalArgumentException("item-knn alpha must lie in [0, 1]: " + alpha);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("item-knn threads must be at least 1: " + threads);
    }
  }

  /** Defaults tuned on OR-BC and RETAIL-BC (docs/models.md). */
  public static ItemKnn defaults() {
    return new ItemKnn(Interactions.BASKETS, Similarity.CONDITIONAL, 200, 5, 0.5, false, 2);
  }

  public ItemKnn withSimilarity(Similarity value) {
    return new ItemKnn(interactions, value, neighbours, shrinkage, alpha, normalise, threads);
  }

  public ItemKnn withInteractions(Interactions value) {
    return new ItemKnn(value, similarity, neighbours, shrinkage, alpha, normalise, threads);
  }

  public ItemKnn withNeighbours(int value) {
    return new ItemKnn(interactions, similarity, value, shrinkage, alpha, normalise, threads);
  }

  public ItemKnn withShrinkage(double value) {
    return new ItemKnn(interactions, similarity, neighbours, value, alpha, normalise, threads);
  }

  public ItemKnn withAlpha(double value) {
    return new ItemKnn(interactions, similarity, neighbours, shrinkage, value, normalise, threads);
  }

  public ItemKnn withNormalise(boolean value) {
    return new ItemKnn(interactions, similarity, neighbours, shrinkage, alpha, value, threads);
  }

  public ItemKnn withThreads(int value) {
    return new ItemKnn(interactions, similarity, neighbours, shrinkage, alpha, normalise, value);
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public ItemKnnModel train(Snapshot snapshot) {
    SparseRows neighbourRows = CooccurrenceNeighbours.build(interactions.rows(snapshot), this);
    SparseRows histories = Interactions.USERS.rows(snapshot).binary();
    Provenance provenance =
        Provenance.of(ALGORITHM, parameters(), snapshot.fingerprint(), 0L);
    return new ItemKnnModel(provenance, neighbourRows, histories);
  }

  /** Item-item neighbours of any interaction rows (no snapshot), for benchmarks on raw baskets. */
  public SparseRows neighbourRows(SparseRows interactionRows) {
    return CooccurrenceNeighbours.build(interactionRows, this);
  }

  Map<String, Object> parameters() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("interactions", interactions.wireName());
    map.put("similarity", similarity.wireName());
    map.put("neighbours", neighbours);
    map.put("shrinkage", shrinkage);
    map.put("alpha", alpha);
    map.put("normalise", normalise);
    return map;
  }
}

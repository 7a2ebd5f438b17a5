package dev.tandem.recommend.factors;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.SparseRows;
import dev.tandem.recommend.Trainer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EASE^R (Steck 2019): an item × item weight matrix B with zero diagonal that best rebuilds each
 * row of the 0/1 interaction matrix X from its other items, in closed form: P = (XᵀX + λI)⁻¹, B =
 * I − P·diag(1/diag(P)). A cart (or a shopper's history) x scores the items by x·B. The inverse is
 * dense, so only the {@code maxItems} items in most rows take part (ties to the lower index); the
 * others are never recommended, and provenance says how many items were kept.
 */
public record Ease(Interactions interactions, double lambda, int maxItems) implements Trainer {
  public static final String ALGORITHM = "ease";

  public Ease {
    if (interactions == null) {
      throw new IllegalArgumentException("ease needs interactions (baskets or users)");
    }
    if (!(lambda > 0) || Double.isInfinite(lambda)) {
      throw new IllegalArgumentException("ease lambda must be finite and > 0: " + lambda);
    }
    if (maxItems < 1 || maxItems > 20_000) {
      throw new IllegalArgumentException(
          "ease maxItems must lie in 1..20000 (the model is dense): " + maxItems);
    }
  }

  /** Defaults tuned on OR-BC (docs/models.md): baskets, λ = 50, the 3,000 most frequent items. */
  public static Ease defaults() {
    return new Ease(Interactions.BASKETS, 50, 3_000);
  }

  public Ease withInteractions(Interactions value) {
    return new Ease(value, lambda, maxItems);
  }

  public Ease withLambda(double value) {
    return new Ease(interactions, value, maxItems);
  }

  public Ease withMaxItems(int value) {
    return new Ease(interactions, lambda, value);
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public EaseModel train(Snapshot snapshot) {
    SparseRows rows = interactions.rows(snapshot).binary();
    int[] kept = EaseSolver.mostFrequent(rows, maxItems);
    float[] weights = EaseSolver.weights(rows, kept, lambda);
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("interactions", interactions.wireName());
    parameters.put("lambda", lambda);
    parameters.put("maxItems", maxItems);
    parameters.put("itemsKept", kept.length + " of " + snapshot.itemCount());
    Provenance provenance = Provenance.of(ALGORITHM, parameters, snapshot.fingerprint(), 0L);
    SparseRows histories = Interactions.USERS.rows(snapshot).binary();
    return new EaseModel(provenance, snapshot.itemCount(), kept, weights, histories);
  }
}

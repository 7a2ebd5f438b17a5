package dev.tandem.recommend.neighbours;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.PersistentRecommender;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.SparseRows;
import dev.tandem.recommend.Trainer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RP3beta (Paudel, Christoffel &amp; Bernstein 2017): a three-step random walk item → row → item on
 * the interaction graph, each step's transition probabilities raised to {@code alpha}, the landing
 * item's score divided by its degree to the power {@code beta} (so best sellers do not win every
 * walk). On 0/1 rows, sim(i → j) = n_i^−alpha · Σ over the rows r holding both |r|^−alpha ÷
 * n_j^beta, with n the number of rows holding an item and |r| a row's length: long baskets say
 * less about each pair than short ones. Each item keeps its {@code neighbours} best; a cart scores
 * j by the sum of sim(i → j) over its items, a known shopper without a cart over their history
 * (as {@link ItemKnn}, whose model it shares). Deterministic; {@code threads} only sets the
 * build's cores.
 */
public record Rp3Beta(
    Interactions interactions, double alpha, double beta, int neighbours, int threads)
    implements Trainer {
  public static final String ALGORITHM = "rp3beta";

  public Rp3Beta {
    if (interactions == null) {
      throw new IllegalArgumentException("rp3beta needs interactions (baskets or users)");
    }
    if (!(alpha > 0 && alpha <= 2)) {
      throw new IllegalArgumentException("rp3beta alpha must lie in (0, 2]: " + alpha);
    }
    if (!(beta >= 0 && beta <= 1)) {
      throw new IllegalArgumentException("rp3beta beta must lie in [0, 1]: " + beta);
    }
    if (neighbours < 1 || threads < 1) {
      throw new IllegalArgumentException(
          "rp3beta neighbours and threads must be at least 1: " + neighbours + ", " + threads);
    }
  }

  /**
   * Defaults (docs/models.md): baskets, alpha 1, beta 0.1 (tuned on RETAIL-BC's validation split),
   * 200 neighbours, 2 threads.
   */
  public static Rp3Beta defaults() {
    return new Rp3Beta(Interactions.BASKETS, 1, 0.1, 200, 2);
  }

  public Rp3Beta withAlpha(double value) {
    return new Rp3Beta(interactions, value, beta, neighbours, threads);
  }

  public Rp3Beta withBeta(double value) {
    return new Rp3Beta(interactions, alpha, value, neighbours, threads);
  }

  public Rp3Beta withNeighbours(int value) {
    return new Rp3Beta(interactions, alpha, beta, value, threads);
  }

  public Rp3Beta withInteractions(Interactions value) {
    return new Rp3Beta(value, alpha, beta, neighbours, threads);
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public ItemKnnModel train(Snapshot snapshot) {
    SparseRows neighbourRows = RandomWalkNeighbours.build(interactions.rows(snapshot), this);
    SparseRows histories = Interactions.USERS.rows(snapshot).binary();
    Provenance provenance = Provenance.of(ALGORITHM, parameters(), snapshot.fingerprint(), 0L);
    return new ItemKnnModel(provenance, neighbourRows, histories);
  }

  /** Reads a saved RP3beta model; register under {@link #ALGORITHM}. */
  public static PersistentRecommender.Reader reader() {
    return ItemKnnModel.reader();
  }

  private Map<String, Object> parameters() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("interactions", interactions.wireName());
    map.put("alpha", alpha);
    map.put("beta", beta);
    map.put("neighbours", neighbours);
    return map;
  }
}

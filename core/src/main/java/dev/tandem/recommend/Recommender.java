package dev.tandem.recommend;

/**
 * A trained model. Immutable and safe to call from many threads at once; {@link
 * #recommend(Query, int)} is the cheap per-request path.
 */
public interface Recommender {

  /**
   * The best {@code k} items for the query, best first; fewer when the model knows fewer. Never an
   * item of {@link Query#items()}; repeat purchases of the user's history are allowed.
   */
  Recommendations recommend(Query query, int k);

  /** How this model was made: algorithm, parameters, data fingerprint, seed, version. */
  Provenance provenance();

  /** Approximate memory held by the model, in bytes. */
  long sizeInBytes();
}

package dev.tandem.recommend;

import dev.tandem.dataset.Snapshot;

/**
 * An algorithm with its parameters and seed. The same snapshot and trainer give the same model.
 */
public interface Trainer {

  /** Short algorithm name, as used on the command line and in reports (e.g. {@code item-knn}). */
  String algorithm();

  Recommender train(Snapshot snapshot);
}

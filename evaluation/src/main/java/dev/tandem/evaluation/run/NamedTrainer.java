package dev.tandem.evaluation.run;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Recommender;
import dev.tandem.recommend.Trainer;

/**
 * A trainer named by the spec that set its parameters ({@code item-knn:neighbours=50}), so that a
 * report tells two settings of one algorithm apart. The model it trains is the trainer's own, with
 * its own provenance.
 */
record NamedTrainer(String algorithm, Trainer trainer) implements Trainer {

  @Override
  public Recommender train(Snapshot snapshot) {
    return trainer.train(snapshot);
  }
}

package dev.tandem.propensity;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Trains each propensity model on the training rows of a {@link TemporalPropensitySplit} and
 * measures it on the test rows, next to the popularity-only baseline: a logistic regression on the
 * item's log orders alone (its ranking is the item's popularity, and its probabilities are
 * calibrated, so its log-loss is comparable).
 *
 * @param split the rows
 * @param popularity the baseline
 * @param models each trainer's model, in the order given
 */
public record PropensityEvaluation(
    TemporalPropensitySplit split, ModelEvaluation popularity, List<ModelEvaluation> models) {
  public static final String POPULARITY = "popularity-only";

  public PropensityEvaluation {
    models = List.copyOf(models);
  }

  /** Splits, trains and measures; {@code nanoTime} times the training (System::nanoTime). */
  public static PropensityEvaluation run(Snapshot snapshot, ProductTypes types,
      PropensitySplitSettings settings, List<PropensityTrainer> trainers, LongSupplier nanoTime) {
    TemporalPropensitySplit split = TemporalPropensitySplit.of(snapshot, types, settings);
    String fingerprint = snapshot.fingerprint();
    int column = split.trainFeatures().popularityColumn();
    long start = nanoTime.getAsLong();
    PropensityModel baseline = LogisticRegression.defaults().train(split.train().select(column),
        fingerprint);
    double seconds = (nanoTime.getAsLong() - start) / 1e9;
    ModelEvaluation popularity = ModelEvaluation.of(POPULARITY, baseline,
        split.test().select(column), seconds);
    List<ModelEvaluation> models = new ArrayList<>();
    for (PropensityTrainer trainer : trainers) {
      start = nanoTime.getAsLong();
      PropensityModel model = trainer.train(split.train(), fingerprint);
      seconds = (nanoTime.getAsLong() - start) / 1e9;
      models.add(ModelEvaluation.of(trainer.algorithm(), model, split.test(), seconds));
      if (model instanceof AutoCloseable closeable) {
        close(closeable);
      }
    }
    return new PropensityEvaluation(split, popularity, models);
  }

  private static void close(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      throw new IllegalStateException("could not release the model: " + e.getMessage(), e);
    }
  }

  /** The model with the best test AUC. */
  public ModelEvaluation best() {
    return models.stream().max((a, b) -> Double.compare(a.auc(), b.auc())).orElse(popularity);
  }
}

package dev.tandem.propensity;

/**
 * Trains a {@link PropensityModel} on labelled rows: {@link LogisticRegression} here, gradient
 * boosted trees in the {@code propensity-gbdt} module. The same rows and trainer give the same
 * model.
 */
public interface PropensityTrainer {
  /** Short name for reports ({@code logistic-regression}, {@code gbdt}). */
  String algorithm();

  /** Trains on the rows; {@code dataFingerprint} goes into the model's provenance. */
  PropensityModel train(PropensitySet rows, String dataFingerprint);
}

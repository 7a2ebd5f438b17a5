package dev.tandem.propensity;

import dev.tandem.recommend.Provenance;
import java.util.List;

/** A trained P(accept) model over the columns it was trained on. Thread-safe. */
public interface PropensityModel {
  /** Column names the model expects, in order. */
  List<String> names();

  /** P(accept) for {@code count} rows of {@code names().size()} values each, row-major. */
  double[] predict(float[] rows, int count);

  /** P(accept) for one row. */
  default double probability(float[] row) {
    return predict(row, 1)[0];
  }

  /** How much each feature matters, most first (the measure is the model's own). */
  List<FeatureImportance> importances();

  /** Algorithm, parameters, data fingerprint, seed. */
  Provenance provenance();
}

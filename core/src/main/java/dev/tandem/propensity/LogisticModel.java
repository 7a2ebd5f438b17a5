package dev.tandem.propensity;

import dev.tandem.recommend.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A fitted logistic regression: standardisation, weights and intercept. Immutable. */
public final class LogisticModel implements PropensityModel {
  private final List<String> names;
  private final Standardiser scale;
  private final double[] weights;
  private final Provenance provenance;

  LogisticModel(List<String> names, Standardiser scale, double[] weights, Provenance provenance) {
    this.names = List.copyOf(names);
    this.scale = scale;
    this.weights = weights.clone();
    this.provenance = provenance;
  }

  @Override
  public List<String> names() {
    return names;
  }

  @Override
  public double[] predict(float[] rows, int count) {
    double[] out = new double[count];
    double[] z = new double[weights.length];
    for (int r = 0; r < count; r++) {
      scale.row(rows, r * scale.width(), z);
      out[r] = LogisticRegression.sigmoid(LogisticRegression.dot(weights, z));
    }
    return out;
  }

  /**
   * The weights on the features' own scale, then the intercept: their dot product with a raw row
   * (plus the intercept) is the logit {@link #predict} takes the sigmoid of.
   */
  public double[] rawWeights() {
    int d = scale.width();
    double[] raw = new double[d + 1];
    double intercept = weights[d];
    for (int c = 0; c < d; c++) {
      raw[c] = weights[c] / scale.scale(c);
      intercept -= weights[c] * scale.mean(c) / scale.scale(c);
    }
    raw[d] = intercept;
    return raw;
  }

  /** The weight of a standardised column (the intercept is {@link #intercept()}). */
  public double weight(int column) {
    return weights[column];
  }

  public double intercept() {
    return weights[weights.length - 1];
  }

  /** Standardised coefficients, largest magnitude first (signed). */
  @Override
  public List<FeatureImportance> importances() {
    List<FeatureImportance> out = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      out.add(new FeatureImportance(names.get(c), weights[c]));
    }
    out.sort(Comparator.comparingDouble((FeatureImportance f) -> -Math.abs(f.value()))
        .thenComparing(FeatureImportance::feature));
    return List.copyOf(out);
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }
}

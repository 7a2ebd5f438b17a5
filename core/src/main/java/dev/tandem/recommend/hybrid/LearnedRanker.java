package dev.tandem.recommend.hybrid;

import dev.tandem.propensity.LogisticModel;
import dev.tandem.propensity.LogisticRegression;
import dev.tandem.propensity.PropensitySet;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A linear score over {@link BlendFeatures}, learned by logistic regression (the hidden item of a
 * validation cart against the other candidates) and kept on the features' own scale: {@code
 * weights} per feature, then the intercept. Ranking by it ranks as the regression's probability
 * does. Immutable.
 */
record LearnedRanker(double[] weights) {

  /** Fits the regression (standardised columns) and folds the standardisation into the weights. */
  static LearnedRanker fit(PropensitySet rows, LogisticRegression regression) {
    LogisticModel model = regression.train(rows, "hybrid-ranker");
    int d = rows.width();
    double[] sums = new double[d];
    double[] squares = new double[d];
    for (int r = 0; r < rows.rows(); r++) {
      for (int c = 0; c < d; c++) {
        double v = rows.value(r, c);
        sums[c] += v;
        squares[c] += v * v;
      }
    }
    int n = Math.max(1, rows.rows());
    double[] weights = new double[d + 1];
    double intercept = model.intercept();
    for (int c = 0; c < d; c++) {
      double mean = sums[c] / n;
      double variance = squares[c] / n - mean * mean;
      double scale = variance > 1e-12 ? Math.sqrt(variance) : 1;
      weights[c] = model.weight(c) / scale;
      intercept -= model.weight(c) * mean / scale;
    }
    weights[d] = intercept;
    return new LearnedRanker(weights);
  }

  /** The score of the row at {@code offset}. */
  double score(float[] rows, int offset) {
    int d = weights.length - 1;
    double sum = weights[d];
    for (int c = 0; c < d; c++) {
      sum += weights[c] * rows[offset + c];
    }
    return sum;
  }

  void write(DataOutput out) throws IOException {
    out.writeInt(weights.length);
    for (double w : weights) {
      out.writeDouble(w);
    }
  }

  static LearnedRanker read(DataInput in) throws IOException {
    double[] weights = new double[in.readInt()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = in.readDouble();
    }
    return new LearnedRanker(weights);
  }
}

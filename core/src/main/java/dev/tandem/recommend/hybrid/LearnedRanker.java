package dev.tandem.recommend.hybrid;

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
    return new LearnedRanker(regression.train(rows, "hybrid-ranker").rawWeights());
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

package dev.tandem.propensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  /** Two features; label 1 exactly when x + 2y > 1 (linearly separable), plus a constant. */
  private static PropensitySet separable(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[rows * 3];
    byte[] y = new byte[rows];
    for (int r = 0; r < rows; r++) {
      x[3 * r] = (float) random.nextDouble(-2, 2);
      x[3 * r + 1] = (float) random.nextDouble(-2, 2);
      x[3 * r + 2] = 7;
      y[r] = (byte) (x[3 * r] + 2 * x[3 * r + 1] > 1 ? 1 : 0);
    }
    return new PropensitySet(List.of("x", "y", "constant"), x, y);
  }

  @Test
  void train_separatesSeparableDataWithFiniteWeights() {
    PropensitySet train = separable(2000, 1);
    PropensitySet test = separable(1000, 2);
    LogisticModel model = LogisticRegression.defaults().train(train, "toy");
    double[] p = model.predict(test.features(), test.rows());
    assertThat(BinaryMetrics.auc(p, test.labels())).isGreaterThan(0.999);
    assertThat(model.weight(1) / model.weight(0)).as("the boundary's slope")
        .isCloseTo(2.0, offset(0.25));
    assertThat(model.weight(0)).isPositive().isFinite();
    assertThat(model.weight(2)).as("a constant column gets nothing").isCloseTo(0, offset(1e-9));
    assertThat(model.importances().get(0).feature()).isEqualTo("y");
  }

  @Test
  void train_withoutPenaltyReproducesTheRatesOfABinaryFeature() {
    // x = 0: 30 rows, 6 positives (rate 0.2); x = 1: 20 rows, 15 positives (rate 0.75)
    float[] x = new float[50];
    byte[] y = new byte[50];
    for (int r = 0; r < 50; r++) {
      x[r] = r < 30 ? 0 : 1;
      y[r] = (byte) ((r < 6 || (r >= 30 && r < 45)) ? 1 : 0);
    }
    PropensitySet rows = new PropensitySet(List.of("x"), x, y);
    LogisticModel model = new LogisticRegression(0, 100, 1e-10).train(rows, "rates");
    assertThat(model.probability(new float[] {0})).isCloseTo(0.2, offset(1e-6));
    assertThat(model.probability(new float[] {1})).isCloseTo(0.75, offset(1e-6));
    assertThat(model.provenance().parameters()).containsEntry("converged", "true");
  }

  @Test
  void train_isDeterministicAndPenaltyShrinks() {
    PropensitySet rows = separable(500, 3);
    LogisticModel a = LogisticRegression.defaults().train(rows, "toy");
    LogisticModel b = LogisticRegression.defaults().train(rows, "toy");
    assertThat(b.predict(rows.features(), rows.rows()))
        .containsExactly(a.predict(rows.features(), rows.rows()));
    LogisticModel strong = new LogisticRegression(1000, 50, 1e-6).train(rows, "toy");
    assertThat(Math.abs(strong.weight(0))).isLessThan(Math.abs(a.weight(0)));
  }
}

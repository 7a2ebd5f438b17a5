package dev.tandem.propensity.gbdt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.propensity.BinaryMetrics;
import dev.tandem.propensity.LogisticRegression;
import dev.tandem.propensity.ModelEvaluation;
import dev.tandem.propensity.PropensityEvaluation;
import dev.tandem.propensity.PropensitySet;
import dev.tandem.propensity.PropensitySplitSettings;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GradientBoostedTreesTest {

  /** Label 1 inside a ring (x² + y² < 1): no linear model separates it, trees do. */
  private static PropensitySet ring(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[rows * 2];
    byte[] y = new byte[rows];
    for (int r = 0; r < rows; r++) {
      x[2 * r] = (float) (random.nextDouble() * 4 - 2);
      x[2 * r + 1] = (float) (random.nextDouble() * 4 - 2);
      y[r] = (byte) (x[2 * r] * x[2 * r] + x[2 * r + 1] * x[2 * r + 1] < 1 ? 1 : 0);
    }
    return new PropensitySet(List.of("x", "y"), x, y);
  }

  @Test
  void train_learnsANonLinearBoundaryAndRepeatsItself() {
    PropensitySet train = ring(4000, 1);
    PropensitySet test = ring(2000, 2);
    GradientBoostedTrees trainer = new GradientBoostedTrees(100, 0.1, 15, 20, 1, 1, 7);
    try (GbdtModel model = trainer.train(train, "ring");
        GbdtModel again = trainer.train(train, "ring")) {
      double[] p = model.predict(test.features(), test.rows());
      assertThat(BinaryMetrics.auc(p, test.labels())).isGreaterThan(0.97);
      assertThat(again.predict(test.features(), test.rows())).containsExactly(p);
      assertThat(model.importances()).hasSize(2);
      assertThat(model.probability(new float[] {0, 0})).isGreaterThan(0.9);
      assertThat(model.probability(new float[] {1.8f, 1.8f})).isLessThan(0.1);
    }
    double lrAuc = BinaryMetrics.auc(LogisticRegression.defaults().train(train, "ring")
        .predict(test.features(), test.rows()), test.labels());
    assertThat(lrAuc).as("a linear model cannot rank a ring").isLessThan(0.7);
  }

  @Test
  void onlineRetail_beatsPopularityAndLogisticRegressionStaysClose() {
    Snapshot snapshot = RetailSnapshot.get();
    PropensityEvaluation evaluation = PropensityEvaluation.run(snapshot,
        ProductTypes.of(snapshot), PropensitySplitSettings.defaults(),
        List.of(LogisticRegression.defaults(), GradientBoostedTrees.defaults(42)),
        System::nanoTime);
    ModelEvaluation lr = evaluation.models().get(0);
    ModelEvaluation gbdt = evaluation.models().get(1);
    System.out.printf("popularity %.4f / %.4f / %.4f; lr %.4f / %.4f / %.4f (%.1f s);"
        + " gbdt %.4f / %.4f / %.4f (%.1f s)%n", evaluation.popularity().auc(),
        evaluation.popularity().prAuc(), evaluation.popularity().logLoss(), lr.auc(), lr.prAuc(),
        lr.logLoss(), lr.trainSeconds(), gbdt.auc(), gbdt.prAuc(), gbdt.logLoss(),
        gbdt.trainSeconds());
    gbdt.importances().forEach(System.out::println);
    assertThat(gbdt.auc()).isBetween(0.84, 0.92).isGreaterThan(evaluation.popularity().auc());
    assertThat(gbdt.logLoss()).isLessThan(evaluation.popularity().logLoss());
    assertThat(gbdt.auc()).isGreaterThan(lr.auc() - 0.01);
  }
}

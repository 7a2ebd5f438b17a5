package dev.tandem.propensity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.OnlineRetail;
import dev.tandem.segments.RetailData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Logistic regression against popularity on Online Retail's temporal split. */
class PropensityRealDataTest {

  @Test
  void logisticRegression_beatsPopularityOnTheTemporalSplit() {
    Snapshot snapshot = RetailData.snapshot();
    PropensityEvaluation evaluation = PropensityEvaluation.run(snapshot,
        OnlineRetail.model().types(), PropensitySplitSettings.defaults(),
        List.of(LogisticRegression.defaults()), System::nanoTime);
    ModelEvaluation lr = evaluation.models().get(0);
    System.out.printf("rows train %d test %d; popularity AUC %.4f PR %.4f LL %.4f; LR AUC %.4f"
        + " PR %.4f LL %.4f in %.1f s%n", evaluation.split().train().rows(),
        evaluation.split().test().rows(), evaluation.popularity().auc(),
        evaluation.popularity().prAuc(), evaluation.popularity().logLoss(), lr.auc(), lr.prAuc(),
        lr.logLoss(), lr.trainSeconds());
    lr.importances().forEach(System.out::println);
    lr.calibration().forEach(System.out::println);
    assertThat(lr.auc()).isGreaterThan(evaluation.popularity().auc());
  }
}

package dev.tandem.propensity;

import dev.tandem.recommend.Provenance;
import java.util.List;

/**
 * One model measured on test rows.
 *
 * @param algorithm the model's name in the report
 * @param auc ROC AUC
 * @param prAuc average precision
 * @param logLoss mean log-loss
 * @param calibration deciles of predictions: mean predicted against observed rate
 * @param importances the model's feature importances, most first
 * @param trainSeconds wall time of training
 * @param provenance how the model was made
 */
public record ModelEvaluation(
    String algorithm, double auc, double prAuc, double logLoss,
    List<BinaryMetrics.CalibrationBin> calibration, List<FeatureImportance> importances,
    double trainSeconds, Provenance provenance) {

  static final int DECILES = 10;

  public ModelEvaluation {
    calibration = List.copyOf(calibration);
    importances = List.copyOf(importances);
  }

  static ModelEvaluation of(String algorithm, PropensityModel model, PropensitySet test,
      double trainSeconds) {
    double[] p = model.predict(test.features(), test.rows());
    byte[] y = test.labels();
    return new ModelEvaluation(algorithm, BinaryMetrics.auc(p, y),
        BinaryMetrics.averagePrecision(p, y), BinaryMetrics.logLoss(p, y),
        BinaryMetrics.calibration(p, y, DECILES), model.importances(), trainSeconds,
        model.provenance());
  }
}

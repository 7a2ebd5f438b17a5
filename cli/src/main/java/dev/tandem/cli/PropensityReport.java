package dev.tandem.cli;

import dev.tandem.propensity.BinaryMetrics.CalibrationBin;
import dev.tandem.propensity.FeatureImportance;
import dev.tandem.propensity.ModelEvaluation;
import dev.tandem.propensity.PropensityEvaluation;
import dev.tandem.propensity.PropensitySet;
import dev.tandem.propensity.TemporalPropensitySplit;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The propensity evaluation as text tables or as one JSON document. */
final class PropensityReport {
  static final int TOP_FEATURES = 10;

  private final PropensityEvaluation evaluation;

  PropensityReport(PropensityEvaluation evaluation) {
    this.evaluation = evaluation;
  }

  void print(PrintWriter out) {
    TemporalPropensitySplit split = evaluation.split();
    out.printf("Temporal split: features before %s, training purchases to %s, test after;%n",
        Instant.ofEpochMilli(split.trainCutTime()), Instant.ofEpochMilli(split.testCutTime()));
    out.printf("train %s, test %s; %,d purchases by shoppers without history left out%n%n",
        rows(split.train()), rows(split.test()), split.newShopperPurchases());
    OutputFormat.TABLE.print(metricRows(), out);
    ModelEvaluation best = evaluation.best();
    out.printf("%nCalibration of %s on the test rows (deciles of the prediction):%n",
        best.algorithm());
    OutputFormat.TABLE.print(calibrationRows(best.calibration()), out);
    for (ModelEvaluation model : evaluation.models()) {
      out.printf("%nFeature importances of %s (%s):%n", model.algorithm(),
          model.algorithm().equals("gbdt") ? "total gain" : "standardised coefficients");
      OutputFormat.TABLE.print(importanceRows(model.importances(), TOP_FEATURES), out);
    }
  }

  Map<String, Object> asMap() {
    TemporalPropensitySplit split = evaluation.split();
    Map<String, Object> doc = OutputFormat.row();
    doc.put("trainCut", Instant.ofEpochMilli(split.trainCutTime()).toString());
    doc.put("testCut", Instant.ofEpochMilli(split.testCutTime()).toString());
    doc.put("trainRows", split.train().rows());
    doc.put("trainPositives", split.train().positives());
    doc.put("testRows", split.test().rows());
    doc.put("testPositives", split.test().positives());
    doc.put("newShopperPurchases", split.newShopperPurchases());
    List<Map<String, Object>> models = new ArrayList<>();
    models.add(model(evaluation.popularity()));
    evaluation.models().forEach(m -> models.add(model(m)));
    doc.put("models", models);
    doc.put("best", evaluation.best().algorithm());
    return doc;
  }

  private static Map<String, Object> model(ModelEvaluation m) {
    Map<String, Object> row = OutputFormat.row();
    row.put("algorithm", m.algorithm());
    row.put("auc", m.auc());
    row.put("prAuc", m.prAuc());
    row.put("logLoss", m.logLoss());
    row.put("trainSeconds", m.trainSeconds());
    row.put("parameters", m.provenance().parameters());
    row.put("calibration", calibrationRows(m.calibration()));
    row.put("importances", importanceRows(m.importances(), Integer.MAX_VALUE));
    return row;
  }

  private static String rows(PropensitySet set) {
    return String.format("%,d rows (%,d purchases)", set.rows(), set.positives());
  }

  private List<Map<String, Object>> metricRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(metricRow(evaluation.popularity()));
    evaluation.models().forEach(m -> rows.add(metricRow(m)));
    return rows;
  }

  private static Map<String, Object> metricRow(ModelEvaluation m) {
    Map<String, Object> row = OutputFormat.row();
    row.put("model", m.algorithm());
    row.put("AUC", m.auc());
    row.put("PR-AUC", m.prAuc());
    row.put("log-loss", m.logLoss());
    row.put("train s", m.trainSeconds());
    return row;
  }

  private static List<Map<String, Object>> calibrationRows(List<CalibrationBin> bins) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CalibrationBin bin : bins) {
      Map<String, Object> row = OutputFormat.row();
      row.put("decile", bin.bin());
      row.put("rows", bin.rows());
      row.put("meanPredicted", bin.meanPredicted());
      row.put("observedRate", bin.observedRate());
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> importanceRows(List<FeatureImportance> all,
      int limit) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < all.size() && i < limit; i++) {
      Map<String, Object> row = OutputFormat.row();
      row.put("feature", all.get(i).feature());
      row.put("importance", all.get(i).value());
      rows.add(row);
    }
    return rows;
  }
}

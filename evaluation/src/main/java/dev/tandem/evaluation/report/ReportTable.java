package dev.tandem.evaluation.report;

import dev.tandem.evaluation.metric.Direction;
import dev.tandem.evaluation.metric.MetricValue;
import dev.tandem.evaluation.run.AlgorithmResult;
import dev.tandem.evaluation.run.EvaluationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The side-by-side table of a report: one row per algorithm; the protocol's headline metrics
 * first, then the other metrics, training time, model size and scoring time. {@link #best} marks
 * the best value of each column whose direction is known (ties are all best; none when every
 * row has the same value).
 */
public record ReportTable(List<String> columns, List<List<String>> cells, boolean[][] best) {

  public static ReportTable of(EvaluationReport report) {
    List<String> labels = labels(report);
    List<String> columns = new ArrayList<>();
    columns.add("algorithm");
    columns.addAll(labels);
    columns.addAll(List.of("train", "model size", "scoring"));
    int rows = report.algorithms().size();
    List<List<String>> cells = new ArrayList<>();
    double[][] values = new double[columns.size()][rows];
    Direction[] directions = new Direction[columns.size()];
    directions[0] = Direction.NEUTRAL;
    for (int r = 0; r < rows; r++) {
      AlgorithmResult result = report.algorithms().get(r);
      List<String> row = new ArrayList<>();
      row.add(result.algorithm());
      for (int c = 0; c < labels.size(); c++) {
        MetricValue value = result.metric(labels.get(c));
        values[c + 1][r] = value == null ? Double.NaN : value.value();
        directions[c + 1] = value == null ? Direction.NEUTRAL : value.direction();
        row.add(value == null ? "" : number(value));
      }
      int at = labels.size() + 1;
      values[at][r] = result.trainingMillis();
      values[at + 1][r] = result.modelBytes();
      values[at + 2][r] = result.scoringMillis();
      row.add(seconds(result.trainingMillis()));
      row.add(bytes(result.modelBytes()));
      row.add(seconds(result.scoringMillis()));
      cells.add(row);
    }
    int at = labels.size() + 1;
    directions[at] = Direction.LOWER_IS_BETTER;
    directions[at + 1] = Direction.LOWER_IS_BETTER;
    directions[at + 2] = Direction.LOWER_IS_BETTER;
    return new ReportTable(columns, cells, best(values, directions, rows));
  }

  /** Headline labels first, then every other metric label in the results' order. */
  static List<String> labels(EvaluationReport report) {
    Set<String> labels = new LinkedHashSet<>(report.headline());
    labels.addAll(report.metricLabels());
    labels.retainAll(report.metricLabels());
    return List.copyOf(labels);
  }

  private static boolean[][] best(double[][] values, Direction[] directions, int rows) {
    boolean[][] best = new boolean[rows][values.length];
    for (int c = 0; c < values.length; c++) {
      if (directions[c] == Direction.NEUTRAL || rows < 2) {
        continue;
      }
      double target = directions[c] == Direction.HIGHER_IS_BETTER ? Double.NEGATIVE_INFINITY
          : Double.POSITIVE_INFINITY;
      for (double v : values[c]) {
        if (!Double.isNaN(v)) {
          target = directions[c] == Direction.HIGHER_IS_BETTER ? Math.max(target, v)
              : Math.min(target, v);
        }
      }
      double first = values[c][0];
      boolean allEqual = Arrays.stream(values[c]).allMatch(v -> v == first);
      for (int r = 0; r < rows && !allEqual; r++) {
        best[r][c] = values[c][r] == target;
      }
    }
    return best;
  }

  /** Revenue with 2 decimals, other metrics with 4. */
  static String number(MetricValue value) {
    if (Double.isNaN(value.value())) {
      return "n/a";
    }
    String pattern = value.name().equals("Revenue") || value.name().equals("Novelty")
        ? "%.2f" : "%.4f";
    return String.format(Locale.ROOT, pattern, value.value());
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
  }

  static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  @Override
  public boolean[][] best() {
    boolean[][] copy = new boolean[best.length][];
    for (int r = 0; r < best.length; r++) {
      copy[r] = best[r].clone();
    }
    return copy;
  }

  public boolean isBest(int row, int column) {
    return best[row][column];
  }
}

package dev.tandem.propensity;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures of predicted probabilities against 0/1 labels: ROC AUC (the Mann–Whitney statistic,
 * ties counted ½), PR-AUC (average precision; tied scores share the precision at the end of their
 * group), log-loss (probabilities clipped to [1e-15, 1 − 1e-15]) and a calibration table.
 */
public final class BinaryMetrics {
  static final double CLIP = 1e-15;

  private BinaryMetrics() {}

  public static double auc(double[] scores, byte[] labels) {
    int[] order = ascending(scores);
    double positiveRanks = 0;
    long positives = 0;
    for (int start = 0; start < order.length; ) {
      int end = tieEnd(order, scores, start);
      double rank = (start + 1 + end) / 2.0;
      for (int i = start; i < end; i++) {
        if (labels[order[i]] == 1) {
          positiveRanks += rank;
          positives++;
        }
      }
      start = end;
    }
    long negatives = scores.length - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (positiveRanks - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  public static double averagePrecision(double[] scores, byte[] labels) {
    int[] order = ascending(scores);
    long total = 0;
    for (byte label : labels) {
      total += label;
    }
    if (total == 0) {
      return Double.NaN;
    }
    double sum = 0;
    long seen = 0;
    long hits = 0;
    for (int end = order.length; end > 0; ) {
      int start = tieStart(order, scores, end);
      long groupHits = 0;
      for (int i = start; i < end; i++) {
        groupHits += labels[order[i]];
      }
      seen += end - start;
      hits += groupHits;
      sum += groupHits * (double) hits / seen;
      end = start;
    }
    return sum / total;
  }

  public static double logLoss(double[] probabilities, byte[] labels) {
    double sum = 0;
    for (int i = 0; i < probabilities.length; i++) {
      double p = Math.min(1 - CLIP, Math.max(CLIP, probabilities[i]));
      sum -= labels[i] == 1 ? Math.log(p) : Math.log(1 - p);
    }
    return sum / Math.max(1, probabilities.length);
  }

  /** Rows sorted by prediction and cut into {@code bins} of (nearly) equal size. */
  public static List<CalibrationBin> calibration(double[] probabilities, byte[] labels,
      int bins) {
    int[] order = ascending(probabilities);
    List<CalibrationBin> out = new ArrayList<>(bins);
    for (int b = 0; b < bins; b++) {
      int from = (int) ((long) order.length * b / bins);
      int to = (int) ((long) order.length * (b + 1) / bins);
      double predicted = 0;
      double observed = 0;
      for (int i = from; i < to; i++) {
        predicted += probabilities[order[i]];
        observed += labels[order[i]];
      }
      int n = to - from;
      out.add(new CalibrationBin(b + 1, n, n == 0 ? Double.NaN : predicted / n,
          n == 0 ? Double.NaN : observed / n));
    }
    return List.copyOf(out);
  }

  private static int[] ascending(double[] scores) {
    int[] order = new int[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    IntArrays.mergeSort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    return order;
  }

  private static int tieEnd(int[] order, double[] scores, int start) {
    int end = start + 1;
    while (end < order.length && scores[order[end]] == scores[order[start]]) {
      end++;
    }
    return end;
  }

  private static int tieStart(int[] order, double[] scores, int end) {
    int start = end - 1;
    while (start > 0 && scores[order[start - 1]] == scores[order[end - 1]]) {
      start--;
    }
    return start;
  }

  /**
   * One row of a calibration table.
   *
   * @param bin 1 for the lowest predictions
   * @param rows rows in the bin
   * @param meanPredicted mean predicted probability
   * @param observedRate share of positives
   */
  public record CalibrationBin(int bin, int rows, double meanPredicted, double observedRate) {}
}

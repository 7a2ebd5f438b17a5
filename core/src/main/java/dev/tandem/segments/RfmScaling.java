package dev.tandem.segments;

/**
 * Turns RFM values into the points k-means clusters: recency in days, log(1 + frequency) and log(1
 * + max(0, monetary)) (frequency and money are heavy-tailed: a wholesaler spends 1000× a one-off
 * buyer), each standardised to mean 0 and standard deviation 1 over the customers it was fitted
 * on. Immutable.
 */
public final class RfmScaling {
  /** Recency, frequency, monetary. */
  public static final int DIMENSIONS = 3;

  private final double[] means;
  private final double[] deviations;

  private RfmScaling(double[] means, double[] deviations) {
    this.means = means;
    this.deviations = deviations;
  }

  /** Means and deviations of the table's customers. */
  public static RfmScaling fit(RfmTable table) {
    double[] raw = raw(table);
    int n = table.size();
    double[] means = new double[DIMENSIONS];
    double[] deviations = new double[DIMENSIONS];
    for (int d = 0; d < DIMENSIONS; d++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += raw[i * DIMENSIONS + d];
      }
      means[d] = n == 0 ? 0 : sum / n;
      double squares = 0;
      for (int i = 0; i < n; i++) {
        double diff = raw[i * DIMENSIONS + d] - means[d];
        squares += diff * diff;
      }
      double deviation = n == 0 ? 0 : Math.sqrt(squares / n);
      deviations[d] = deviation > 1e-12 ? deviation : 1;
    }
    return new RfmScaling(means, deviations);
  }

  /** The standardised points of every customer of the table, row-major (n × 3). */
  public double[] points(RfmTable table) {
    double[] points = raw(table);
    for (int i = 0; i < points.length; i++) {
      int d = i % DIMENSIONS;
      points[i] = (points[i] - means[d]) / deviations[d];
    }
    return points;
  }

  /** A standardised value back in the units of dimension d (days, orders, money). */
  public double original(int dimension, double standardised) {
    double value = standardised * deviations[dimension] + means[dimension];
    return dimension == 0 ? value : Math.expm1(value);
  }

  private static double[] raw(RfmTable table) {
    double[] raw = new double[table.size() * DIMENSIONS];
    for (int i = 0; i < table.size(); i++) {
      raw[i * DIMENSIONS] = table.recencyDays(i);
      raw[i * DIMENSIONS + 1] = Math.log1p(table.frequency(i));
      raw[i * DIMENSIONS + 2] = Math.log1p(Math.max(0, table.monetary(i)));
    }
    return raw;
  }
}

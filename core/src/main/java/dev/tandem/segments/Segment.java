package dev.tandem.segments;

import java.util.List;

/**
 * One customer segment as a merchant reads it.
 *
 * @param index the segment's number, 0 for the segment with the most revenue
 * @param name a name derived from its centroid by {@link SegmentNames}
 * @param customers customers in it
 * @param recencyDays mean and median days since the last purchase
 * @param frequency mean and median orders
 * @param monetary mean and median money spent net of returns
 * @param revenueShare its share of all customers' net spending
 * @param topTypes the product types its customers buy most (by order lines), best first
 * @param centroid the centroid in standardised units (recency, log frequency, log monetary)
 */
public record Segment(
    int index, String name, int customers, Summary recencyDays, Summary frequency,
    Summary monetary, double revenueShare, List<String> topTypes, double[] centroid) {

  public Segment {
    topTypes = List.copyOf(topTypes);
    centroid = centroid.clone();
  }

  @Override
  public double[] centroid() {
    return centroid.clone();
  }

  /** Mean and median of one measure over a segment's customers. */
  public record Summary(double mean, double median) {
    static Summary of(double[] values) {
      if (values.length == 0) {
        return new Summary(Double.NaN, Double.NaN);
      }
      double[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      double sum = 0;
      for (double v : sorted) {
        sum += v;
      }
      int mid = sorted.length / 2;
      double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
      return new Summary(sum / sorted.length, median);
    }
  }
}

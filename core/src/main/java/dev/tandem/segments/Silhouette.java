package dev.tandem.segments;

import java.util.SplittableRandom;

/**
 * The mean silhouette of a clustering (Rousseeuw 1987) over a seeded sample of points: for a point,
 * a = mean distance to the other points of its cluster, b = the least mean distance to the points
 * of another cluster, s = (b − a) / max(a, b); 1 is tight and well separated, 0 on a border. The
 * sample keeps the cost quadratic in the sample, not in the customers.
 */
public final class Silhouette {
  private Silhouette() {}

  /** Mean silhouette of up to {@code sampleSize} points drawn without replacement by the seed. */
  public static double mean(
      double[] points, int dimensions, Clustering clustering, int sampleSize, long seed) {
    int[] sample = sample(points.length / dimensions, sampleSize, seed);
    int k = clustering.k();
    double total = 0;
    for (int i : sample) {
      double[] sums = new double[k];
      int[] counts = new int[k];
      for (int j : sample) {
        if (j != i) {
          sums[clustering.clusterOf(j)] += Math.sqrt(
              KMeans.distance(points, i * dimensions, points, j * dimensions, dimensions));
          counts[clustering.clusterOf(j)]++;
        }
      }
      total += of(clustering.clusterOf(i), sums, counts);
    }
    return sample.length == 0 ? 0 : total / sample.length;
  }

  private static double of(int own, double[] sums, int[] counts) {
    if (counts[own] == 0) {
      return 0;
    }
    double a = sums[own] / counts[own];
    double b = Double.POSITIVE_INFINITY;
    for (int c = 0; c < sums.length; c++) {
      if (c != own && counts[c] > 0) {
        b = Math.min(b, sums[c] / counts[c]);
      }
    }
    return Double.isInfinite(b) ? 0 : (b - a) / Math.max(a, b);
  }

  /** A partial Fisher–Yates shuffle: the first {@code size} of a seeded permutation of 0..n-1. */
  static int[] sample(int n, int size, long seed) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    int m = Math.min(n, size);
    for (int i = 0; i < m; i++) {
      int j = i + random.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return java.util.Arrays.copyOf(all, m);
  }
}

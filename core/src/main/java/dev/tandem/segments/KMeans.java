package dev.tandem.segments;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * k-means (Lloyd's iterations) from a seeded k-means++ start (Arthur &amp; Vassilvitskii 2007): the
 * first centre is a uniformly drawn point, each next one a point drawn with probability
 * proportional to its squared distance to the nearest centre already chosen. Iterations stop when
 * no point changes cluster or after {@code maxIterations}. A cluster left empty takes the point
 * farthest from its own centroid, so every cluster keeps at least one point. The same points,
 * k and seed always give the same clustering.
 *
 * @param k clusters, at least 1 and at most the number of distinct points
 * @param maxIterations Lloyd iterations at most
 * @param seed seeds the k-means++ draws
 */
public record KMeans(int k, int maxIterations, long seed) {
  public KMeans {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be at least 1");
    }
  }

  /** Clusters n points of {@code dimensions} values each (row-major). */
  public Clustering fit(double[] points, int dimensions) {
    int n = points.length / dimensions;
    if (n < k) {
      throw new IllegalArgumentException("k-means needs at least k=" + k + " points, got " + n);
    }
    double[] centroids = plusPlus(points, n, dimensions);
    int[] assignments = new int[n];
    Arrays.fill(assignments, -1);
    int iteration = 0;
    boolean changed = true;
    while (changed && iteration < maxIterations) {
      changed = assign(points, dimensions, centroids, assignments);
      update(points, dimensions, centroids, assignments);
      iteration++;
    }
    return new Clustering(centroids, dimensions, assignments,
        inertia(points, dimensions, centroids, assignments), iteration, !changed);
  }

  private double[] plusPlus(double[] points, int n, int dimensions) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] centroids = new double[k * dimensions];
    System.arraycopy(points, random.nextInt(n) * dimensions, centroids, 0, dimensions);
    double[] nearest = new double[n];
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        nearest[i] = Math.min(nearest[i], distance(points, i * dimensions, centroids,
            (c - 1) * dimensions, dimensions));
        total += nearest[i];
      }
      int chosen = draw(nearest, total, random);
      System.arraycopy(points, chosen * dimensions, centroids, c * dimensions, dimensions);
    }
    return centroids;
  }

  private static int draw(double[] weights, double total, SplittableRandom random) {
    double target = random.nextDouble() * total;
    int last = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] > 0) {
        last = i;
        target -= weights[i];
        if (target < 0) {
          return i;
        }
      }
    }
    return last;
  }

  private boolean assign(double[] points, int dimensions, double[] centroids, int[] assignments) {
    boolean changed = false;
    for (int i = 0; i < assignments.length; i++) {
      int best = nearest(centroids, k, dimensions, points, i * dimensions);
      changed |= best != assignments[i];
      assignments[i] = best;
    }
    return changed;
  }

  private void update(double[] points, int dimensions, double[] centroids, int[] assignments) {
    double[] sums = new double[centroids.length];
    int[] counts = new int[k];
    for (int i = 0; i < assignments.length; i++) {
      counts[assignments[i]]++;
      for (int d = 0; d < dimensions; d++) {
        sums[assignments[i] * dimensions + d] += points[i * dimensions + d];
      }
    }
    for (int c = 0; c < k; c++) {
      if (counts[c] == 0) {
        refill(points, dimensions, centroids, assignments, c);
        continue;
      }
      for (int d = 0; d < dimensions; d++) {
        centroids[c * dimensions + d] = sums[c * dimensions + d] / counts[c];
      }
    }
  }

  /** An empty cluster restarts at the point farthest from its centroid, which moves there. */
  private static void refill(
      double[] points, int dimensions, double[] centroids, int[] assignments, int empty) {
    int farthest = 0;
    double worst = -1;
    for (int i = 0; i < assignments.length; i++) {
      double d = distance(points, i * dimensions, centroids, assignments[i] * dimensions,
          dimensions);
      if (d > worst) {
        worst = d;
        farthest = i;
      }
    }
    assignments[farthest] = empty;
    System.arraycopy(points, farthest * dimensions, centroids, empty * dimensions, dimensions);
  }

  static int nearest(double[] centroids, int k, int dimensions, double[] points, int offset) {
    int best = 0;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int c = 0; c < k; c++) {
      double d = distance(points, offset, centroids, c * dimensions, dimensions);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  static double distance(double[] a, int aOffset, double[] b, int bOffset, int dimensions) {
    double sum = 0;
    for (int d = 0; d < dimensions; d++) {
      double diff = a[aOffset + d] - b[bOffset + d];
      sum += diff * diff;
    }
    return sum;
  }

  private static double inertia(
      double[] points, int dimensions, double[] centroids, int[] assignments) {
    double sum = 0;
    for (int i = 0; i < assignments.length; i++) {
      sum += distance(points, i * dimensions, centroids, assignments[i] * dimensions, dimensions);
    }
    return sum;
  }
}

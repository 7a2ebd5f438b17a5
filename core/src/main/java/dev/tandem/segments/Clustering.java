package dev.tandem.segments;

/**
 * The result of k-means: k centroids (row-major, k × dimensions), each point's cluster, the sum
 * of squared distances of points to their centroids (inertia) and the Lloyd iterations run.
 */
public record Clustering(
    double[] centroids, int dimensions, int[] assignments, double inertia, int iterations,
    boolean converged) {

  public Clustering {
    centroids = centroids.clone();
    assignments = assignments.clone();
  }

  public int k() {
    return centroids.length / dimensions;
  }

  public double centroid(int cluster, int dimension) {
    return centroids[cluster * dimensions + dimension];
  }

  public int clusterOf(int point) {
    return assignments[point];
  }

  @Override
  public int[] assignments() {
    return assignments.clone();
  }

  @Override
  public double[] centroids() {
    return centroids.clone();
  }

  /** Points per cluster. */
  public int[] sizes() {
    int[] sizes = new int[k()];
    for (int a : assignments) {
      sizes[a]++;
    }
    return sizes;
  }

  /** The cluster whose centroid is nearest to the point (ties: the lower cluster). */
  public int nearest(double[] point) {
    return KMeans.nearest(centroids, k(), dimensions, point, 0);
  }
}

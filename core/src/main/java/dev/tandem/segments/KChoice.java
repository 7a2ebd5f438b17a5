package dev.tandem.segments;

/**
 * Chooses the number of segments: k-means for each k in {@code [minK, maxK]}, kept is the
 * clustering with the best mean silhouette on a seeded sample (ties: the smaller k). Given k, or
 * fewer points than {@code minK}, is taken as it is (at most one cluster per point).
 */
final class KChoice {
  private KChoice() {}

  static Clustering best(double[] points, int dimensions, SegmentSettings settings) {
    int n = points.length / dimensions;
    if (settings.k() > 0 || n < settings.minK()) {
      int k = settings.k() > 0 ? Math.min(settings.k(), n) : n;
      return new KMeans(k, settings.maxIterations(), settings.seed()).fit(points, dimensions);
    }
    Clustering best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = settings.minK(); k <= Math.min(settings.maxK(), n); k++) {
      Clustering c = new KMeans(k, settings.maxIterations(), settings.seed()).fit(points,
          dimensions);
      double score = Silhouette.mean(points, dimensions, c, settings.sampleSize(),
          settings.seed());
      if (score > bestScore + 1e-9) {
        best = c;
        bestScore = score;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("too few customers (" + n + ") to segment");
    }
    return best;
  }
}

package dev.tandem.segments;

/**
 * How customers are segmented.
 *
 * @param k segments; 0 chooses k in {@code [minK, maxK]} by the best mean silhouette on a seeded
 *     sample of {@code sampleSize} customers
 * @param minK smallest k tried when choosing
 * @param maxK largest k tried when choosing
 * @param sampleSize customers in the silhouette sample
 * @param maxIterations Lloyd iterations at most
 * @param seed seeds k-means++ and the sample
 */
public record SegmentSettings(
    int k, int minK, int maxK, int sampleSize, int maxIterations, long seed) {
  public static final long DEFAULT_SEED = 42;

  public SegmentSettings {
    if (k < 0 || k > 50) {
      throw new IllegalArgumentException("k must be between 1 and 50 (0 = choose), got " + k);
    }
    if (minK < 2 || maxK < minK) {
      throw new IllegalArgumentException("need 2 <= minK <= maxK, got " + minK + ".." + maxK);
    }
  }

  /** k chosen in 3..8 on 2,000 customers, 100 iterations, seed 42. */
  public static SegmentSettings defaults() {
    return new SegmentSettings(0, 3, 8, 2000, 100, DEFAULT_SEED);
  }

  public SegmentSettings withK(int newK) {
    return new SegmentSettings(newK, minK, maxK, sampleSize, maxIterations, seed);
  }

  public SegmentSettings withSeed(long newSeed) {
    return new SegmentSettings(k, minK, maxK, sampleSize, maxIterations, newSeed);
  }
}

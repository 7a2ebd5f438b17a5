package dev.tandem.recommend.factors;

/**
 * One serving thread's working arrays for a fold-in: the k × k system and the dense score row, so
 * a cart's request allocates neither (a 64-factor system is 32 KB). Grown on demand, shared by
 * every model the thread serves; contents are overwritten by each use and never escape it.
 */
final class FoldInScratch {
  private static final ThreadLocal<FoldInScratch> PER_THREAD =
      ThreadLocal.withInitial(FoldInScratch::new);

  private double[] system = new double[0];
  private float[] scores = new float[0];

  private FoldInScratch() {}

  static FoldInScratch ofThisThread() {
    return PER_THREAD.get();
  }

  /** A system of at least {@code size} cells; its contents are left over from the last use. */
  double[] system(int size) {
    if (system.length < size) {
      system = new double[size];
    }
    return system;
  }

  /** A score row of exactly {@code size} cells; its contents are left over from the last use. */
  float[] scores(int size) {
    if (scores.length != size) {
      scores = new float[size];
    }
    return scores;
  }
}

package dev.tandem.recommend;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs a loop over rows {@code 0..n} in contiguous ranges on a fixed number of threads. Each range
 * must write only its own rows' outputs, so the result does not depend on which thread ran what:
 * training stays deterministic while using every core it is given.
 */
public final class RowRanges {
  private static final int RANGES_PER_THREAD = 16;

  private RowRanges() {}

  /** The body of a loop over rows {@code from..to}. */
  @FunctionalInterface
  public interface Body {
    void run(int from, int to);
  }

  public static void forEach(int n, int threads, Body body) {
    if (threads <= 1 || n < 2) {
      body.run(0, n);
      return;
    }
    int ranges = Math.min(n, threads * RANGES_PER_THREAD);
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, ranges).parallel().forEach(
          r -> body.run(bound(n, ranges, r), bound(n, ranges, r + 1)))).join();
    } finally {
      pool.shutdown();
    }
  }

  private static int bound(int n, int ranges, int range) {
    return (int) ((long) n * range / ranges);
  }
}

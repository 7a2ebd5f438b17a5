package dev.tandem.engine.relation;

import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * Each item's complements, precomputed at build time so a request only reads them: the items
 * bought with it in at least {@code minTogether} orders and at least {@code minLift} times more
 * often than chance (over the period both were on sale), best first by confidence P(other | item),
 * with the orders together and the lift. Immutable and thread-safe.
 */
public final class ComplementIndex {
  private final int[] starts;
  private final int[] others;
  private final int[] together;
  private final float[] confidence;
  private final float[] lift;

  ComplementIndex(int[] starts, int[] others, int[] together, float[] confidence,
      float[] lift) {
    this.starts = starts;
    this.others = others;
    this.together = together;
    this.confidence = confidence;
    this.lift = lift;
  }

  public static ComplementIndex of(CooccurrenceCounts counts, RelationThresholds thresholds) {
    int items = counts.itemCount();
    int[] starts = new int[items + 1];
    IntArrayList others = new IntArrayList();
    IntArrayList together = new IntArrayList();
    FloatArrayList confidence = new FloatArrayList();
    FloatArrayList lift = new FloatArrayList();
    for (int item = 0; item < items; item++) {
      int from = others.size();
      double orders = Math.max(1, counts.ordersWith(item));
      for (int p = counts.neighboursStart(item); p < counts.neighboursEnd(item); p++) {
        int n = counts.togetherAt(p);
        int other = counts.neighbourAt(p);
        if (n < thresholds.minTogether()) {
          continue;
        }
        double expected = counts.expectedWhileBothSold(item, other);
        if (isComplement(n, expected, thresholds)) {
          others.add(other);
          together.add(n);
          confidence.add((float) (n / orders));
          lift.add((float) (n / expected));
        }
      }
      sortByConfidence(from, others, together, confidence, lift);
      starts[item + 1] = others.size();
    }
    return new ComplementIndex(starts, others.toIntArray(), together.toIntArray(),
        confidence.toFloatArray(), lift.toFloatArray());
  }

  /** Whether {@code together} orders against {@code expected} by chance make a complement. */
  public static boolean isComplement(int together, double expected, RelationThresholds thresholds) {
    return together >= thresholds.minTogether() && together >= thresholds.minLift() * expected;
  }

  /**
   * An index holding one item's complements only (the others have none), given best first: how a
   * live overlay serves an item whose counts changed since the snapshot.
   */
  public static ComplementIndex ofRow(int itemCount, int item, int[] others, int[] together,
      float[] confidence, float[] lift) {
    int[] starts = new int[itemCount + 1];
    java.util.Arrays.fill(starts, item + 1, starts.length, others.length);
    return new ComplementIndex(starts, others, together, confidence, lift);
  }

  /** Sorts one item's slice by confidence, best first; ties by the lower item. */
  private static void sortByConfidence(int from, IntArrayList others, IntArrayList together,
      FloatArrayList confidence, FloatArrayList lift) {
    int n = others.size() - from;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = from + i;
    }
    java.util.Arrays.sort(order, (a, b) -> confidence.getFloat(a) != confidence.getFloat(b)
        ? Float.compare(confidence.getFloat(b), confidence.getFloat(a))
        : Integer.compare(others.getInt(a), others.getInt(b)));
    int[] o = new int[n];
    int[] t = new int[n];
    float[] c = new float[n];
    float[] l = new float[n];
    for (int i = 0; i < n; i++) {
      o[i] = others.getInt(order[i]);
      t[i] = together.getInt(order[i]);
      c[i] = confidence.getFloat(order[i]);
      l[i] = lift.getFloat(order[i]);
    }
    for (int i = 0; i < n; i++) {
      others.set(from + i, o[i]);
      together.set(from + i, t[i]);
      confidence.set(from + i, c[i]);
      lift.set(from + i, l[i]);
    }
  }

  public int start(int item) {
    return starts[item];
  }

  public int end(int item) {
    return starts[item + 1];
  }

  public int otherAt(int position) {
    return others[position];
  }

  public int togetherAt(int position) {
    return together[position];
  }

  public double confidenceAt(int position) {
    return confidence[position];
  }

  public double liftAt(int position) {
    return lift[position];
  }

  public int size() {
    return others.length;
  }

  public long sizeInBytes() {
    return 4L * (starts.length + 4L * others.length);
  }
}

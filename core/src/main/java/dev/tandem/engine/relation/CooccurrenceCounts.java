package dev.tandem.engine.relation;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/**
 * How many orders hold each item and each pair of items, from the snapshot's purchase baskets. The
 * pairs are kept per item as a sorted neighbour list with counts (both directions), built with one
 * dense scratch array per item: O(Σ basket size²) time. Immutable and thread-safe.
 */
public final class CooccurrenceCounts {
  private final int orderCount;
  private final int[] ordersWith;
  private final int[] rowStarts;
  private final int[] neighbours;
  private final int[] together;
  private final SaleTimes times;

  CooccurrenceCounts(int orderCount, int[] ordersWith, int[] rowStarts, int[] neighbours,
      int[] together, SaleTimes times) {
    this.orderCount = orderCount;
    this.ordersWith = ordersWith;
    this.rowStarts = rowStarts;
    this.neighbours = neighbours;
    this.together = together;
    this.times = times;
  }

  public static CooccurrenceCounts of(Snapshot snapshot) {
    CsrMatrix baskets = snapshot.basketItems();
    CsrMatrix byItem = baskets.transpose();
    int items = snapshot.itemCount();
    int[] ordersWith = new int[items];
    int[] rowStarts = new int[items + 1];
    int[] scratch = new int[items];
    IntArrayList touched = new IntArrayList();
    IntArrayList neighbours = new IntArrayList(1 << 20);
    IntArrayList counts = new IntArrayList(1 << 20);
    for (int item = 0; item < items && item < byItem.rowCount(); item++) {
      ordersWith[item] = byItem.rowLength(item);
      for (int p = byItem.rowStart(item); p < byItem.rowEnd(item); p++) {
        int basket = byItem.columnAt(p);
        for (int q = baskets.rowStart(basket); q < baskets.rowEnd(basket); q++) {
          int other = baskets.columnAt(q);
          if (other != item && scratch[other]++ == 0) {
            touched.add(other);
          }
        }
      }
      int[] row = touched.toIntArray();
      Arrays.sort(row);
      for (int other : row) {
        neighbours.add(other);
        counts.add(scratch[other]);
        scratch[other] = 0;
      }
      touched.clear();
      rowStarts[item + 1] = neighbours.size();
    }
    for (int item = byItem.rowCount(); item < items; item++) {
      rowStarts[item + 1] = neighbours.size();
    }
    int orders = 0;
    for (int b = 0; b < baskets.rowCount(); b++) {
      orders += baskets.rowLength(b) > 0 ? 1 : 0;
    }
    return new CooccurrenceCounts(orders, ordersWith, rowStarts, neighbours.toIntArray(),
        counts.toIntArray(), SaleTimes.of(snapshot, byItem));
  }

  /** Orders with at least one item. */
  public int orderCount() {
    return orderCount;
  }

  public int itemCount() {
    return ordersWith.length;
  }

  /** Orders holding the item. */
  public int ordersWith(int item) {
    return ordersWith[item];
  }

  /** Orders holding both items (0 for an item with itself). */
  public int together(int a, int b) {
    int at = Arrays.binarySearch(neighbours, rowStarts[a], rowStarts[a + 1], b);
    return at >= 0 ? together[at] : 0;
  }

  /** Orders expected to hold both if they were bought independently. */
  public double expectedTogether(int a, int b) {
    return (double) ordersWith[a] * ordersWith[b] / Math.max(1, orderCount);
  }

  /**
   * Orders expected to hold both by chance while both were on sale: over the orders between the
   * later first sale and the earlier last sale of the two, {@code n_a · n_b / n} with each count
   * taken within that window; 0 when they were never on sale at the same time. Two items that
   * replaced one another in the range are thus not "rarely together".
   */
  public double expectedWhileBothSold(int a, int b) {
    return times.expectedTogether(a, b);
  }

  /** {@link #expectedWhileBothSold} as if the snapshot also held the {@code added} orders. */
  public double expectedWhileBothSold(int a, int b, AddedSales added) {
    return times.expectedTogether(a, b, added);
  }

  /** Together over {@link #expectedWhileBothSold}; NaN when they were never on sale together. */
  public double lift(int a, int b) {
    double expected = expectedWhileBothSold(a, b);
    return expected > 0 ? together(a, b) / expected : Double.NaN;
  }

  /** Whether both items sold in overlapping periods. */
  public boolean soldAtTheSameTime(int a, int b) {
    return times.overlap(a, b);
  }

  /** Start of the item's neighbour list, for iteration with {@link #neighbourAt}. */
  public int neighboursStart(int item) {
    return rowStarts[item];
  }

  public int neighboursEnd(int item) {
    return rowStarts[item + 1];
  }

  public int neighbourAt(int position) {
    return neighbours[position];
  }

  public int togetherAt(int position) {
    return together[position];
  }

  public long sizeInBytes() {
    return 4L * (ordersWith.length + rowStarts.length + neighbours.length + together.length)
        + times.sizeInBytes();
  }
}

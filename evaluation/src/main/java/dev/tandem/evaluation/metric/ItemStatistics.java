package dev.tandem.evaluation.metric;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import java.util.Arrays;

/**
 * What the beyond-accuracy metrics need to know of the training data, computed once: each item's
 * popularity (the baskets that hold it; the users who have it when the snapshot has no baskets),
 * its popularity percentile, its category, and the baskets (or users) of each item for co-purchase
 * similarity. Immutable.
 */
public final class ItemStatistics {
  private final int[] counts;
  private final int population;
  private final double[] percentiles;
  private final int[] categories;
  private final boolean categorised;
  private final CsrMatrix holders;
  private final long[][] dense;

  private ItemStatistics(CsrMatrix itemRows, int population, int[] categories) {
    this.holders = itemRows;
    this.population = population;
    this.counts = new int[itemRows.rowCount()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = itemRows.rowLength(i);
    }
    this.percentiles = percentiles(counts);
    this.categories = categories;
    this.categorised = Arrays.stream(categories).anyMatch(c -> c >= 0);
    this.dense = denseRows(itemRows, population);
  }

  /**
   * Bit sets of the holders of the items held by at least 1/32 of the population (at most 32 ×
   * the mean row length of them), where a bit-set intersection beats merging two long lists.
   */
  private static long[][] denseRows(CsrMatrix itemRows, int population) {
    long[][] dense = new long[itemRows.rowCount()][];
    for (int item = 0; item < dense.length; item++) {
      if (itemRows.rowLength(item) * 32L >= population && itemRows.rowLength(item) > 64) {
        long[] bits = new long[(population + 63) / 64];
        for (int p = itemRows.rowStart(item); p < itemRows.rowEnd(item); p++) {
          bits[itemRows.columnAt(p) >>> 6] |= 1L << itemRows.columnAt(p);
        }
        dense[item] = bits;
      }
    }
    return dense;
  }

  public static ItemStatistics of(Snapshot snapshot) {
    boolean baskets = snapshot.basketItems().nonZeroCount() > 0;
    CsrMatrix rows = baskets ? snapshot.basketItems() : snapshot.userItems();
    int[] categories = new int[snapshot.itemCount()];
    for (int i = 0; i < categories.length; i++) {
      categories[i] = snapshot.itemCategory(i);
    }
    return new ItemStatistics(rows.transpose(), rows.rowCount(), categories);
  }

  public int itemCount() {
    return counts.length;
  }

  /** Baskets (or users) holding the item. */
  public int count(int item) {
    return counts[item];
  }

  /** Baskets (or users) in all. */
  public int population() {
    return population;
  }

  /** The fraction of catalog items strictly less popular than this one, in [0, 1]. */
  public double percentile(int item) {
    return percentiles[item];
  }

  /** True when any item has a category: diversity is then measured by category. */
  public boolean categorised() {
    return categorised;
  }

  public int category(int item) {
    return categories[item];
  }

  /** Baskets (or users) holding both items. */
  public int together(int a, int b) {
    if (dense[a] != null && dense[b] != null) {
      int count = 0;
      for (int w = 0; w < dense[a].length; w++) {
        count += Long.bitCount(dense[a][w] & dense[b][w]);
      }
      return count;
    }
    if (dense[a] != null || dense[b] != null) {
      long[] bits = dense[a] != null ? dense[a] : dense[b];
      int list = dense[a] != null ? b : a;
      int count = 0;
      for (int p = holders.rowStart(list); p < holders.rowEnd(list); p++) {
        count += (int) (bits[holders.columnAt(p) >>> 6] >>> holders.columnAt(p)) & 1;
      }
      return count;
    }
    return merged(a, b);
  }

  private int merged(int a, int b) {
    int i = holders.rowStart(a);
    int j = holders.rowStart(b);
    int count = 0;
    while (i < holders.rowEnd(a) && j < holders.rowEnd(b)) {
      int x = holders.columnAt(i);
      int y = holders.columnAt(j);
      count += x == y ? 1 : 0;
      i += x <= y ? 1 : 0;
      j += y <= x ? 1 : 0;
    }
    return count;
  }

  private static double[] percentiles(int[] counts) {
    int[] sorted = counts.clone();
    Arrays.sort(sorted);
    double[] percentiles = new double[counts.length];
    for (int i = 0; i < counts.length && counts.length > 1; i++) {
      percentiles[i] = lowerBound(sorted, counts[i]) / (double) (counts.length - 1);
    }
    return percentiles;
  }

  /** How many values of the sorted array are strictly below {@code value}. */
  private static int lowerBound(int[] sorted, int value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}

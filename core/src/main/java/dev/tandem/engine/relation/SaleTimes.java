package dev.tandem.engine.relation;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import java.util.Arrays;

/** When each item sold: the sorted times of the orders holding it, and of all orders. */
final class SaleTimes {
  private final long[] orderTimes;
  private final long[][] itemOrderTimes;

  private SaleTimes(long[] orderTimes, long[][] itemOrderTimes) {
    this.orderTimes = orderTimes;
    this.itemOrderTimes = itemOrderTimes;
  }

  static SaleTimes of(Snapshot snapshot, CsrMatrix byItem) {
    CsrMatrix baskets = snapshot.basketItems();
    long[] orders = new long[baskets.rowCount()];
    int n = 0;
    for (int b = 0; b < baskets.rowCount(); b++) {
      if (baskets.rowLength(b) > 0) {
        orders[n++] = snapshot.basketTime(b);
      }
    }
    orders = Arrays.copyOf(orders, n);
    Arrays.sort(orders);
    long[][] items = new long[snapshot.itemCount()][];
    for (int item = 0; item < items.length; item++) {
      int from = item < byItem.rowCount() ? byItem.rowStart(item) : 0;
      int to = item < byItem.rowCount() ? byItem.rowEnd(item) : 0;
      items[item] = new long[to - from];
      for (int p = from; p < to; p++) {
        items[item][p - from] = snapshot.basketTime(byItem.columnAt(p));
      }
      Arrays.sort(items[item]);
    }
    return new SaleTimes(orders, items);
  }

  boolean overlap(int a, int b) {
    long[] x = itemOrderTimes[a];
    long[] y = itemOrderTimes[b];
    return x.length > 0 && y.length > 0 && Math.max(x[0], y[0]) <= Math.min(last(x), last(y));
  }

  double expectedTogether(int a, int b) {
    if (!overlap(a, b)) {
      return 0;
    }
    long[] x = itemOrderTimes[a];
    long[] y = itemOrderTimes[b];
    long from = Math.max(x[0], y[0]);
    long to = Math.min(last(x), last(y));
    double all = within(orderTimes, from, to);
    return all == 0 ? 0 : within(x, from, to) * within(y, from, to) / all;
  }

  /**
   * {@link #expectedTogether} with orders added since the snapshot: {@code added} holds their
   * sorted times, overall and per item, so the result is what a snapshot holding them would give.
   */
  double expectedTogether(int a, int b, AddedSales added) {
    long[] x = itemOrderTimes[a];
    long[] y = itemOrderTimes[b];
    long[] ax = added.itemOrderTimes(a);
    long[] ay = added.itemOrderTimes(b);
    if ((x.length == 0 && ax.length == 0) || (y.length == 0 && ay.length == 0)) {
      return 0;
    }
    long from = Math.max(first(x, ax), first(y, ay));
    long to = Math.min(last(x, ax), last(y, ay));
    if (from > to) {
      return 0;
    }
    double all = within(orderTimes, from, to) + within(added.orderTimes(), from, to);
    return all == 0 ? 0
        : (within(x, from, to) + within(ax, from, to)) * (within(y, from, to) + within(ay, from, to))
            / all;
  }

  private static long first(long[] times, long[] more) {
    return Math.min(times.length == 0 ? Long.MAX_VALUE : times[0],
        more.length == 0 ? Long.MAX_VALUE : more[0]);
  }

  private static long last(long[] times, long[] more) {
    return Math.max(times.length == 0 ? Long.MIN_VALUE : last(times),
        more.length == 0 ? Long.MIN_VALUE : last(more));
  }

  private static long last(long[] times) {
    return times[times.length - 1];
  }

  /** How many of the sorted times fall in [from, to]. */
  private static double within(long[] times, long from, long to) {
    return upperBound(times, to) - lowerBound(times, from);
  }

  private static int lowerBound(long[] times, long value) {
    int low = 0;
    int high = times.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (times[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static int upperBound(long[] times, long value) {
    return lowerBound(times, value == Long.MAX_VALUE ? value : value + 1);
  }

  long sizeInBytes() {
    long bytes = 8L * orderTimes.length;
    for (long[] times : itemOrderTimes) {
      bytes += 16 + 8L * times.length;
    }
    return bytes;
  }
}

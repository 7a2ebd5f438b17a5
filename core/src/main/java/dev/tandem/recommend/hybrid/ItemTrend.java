package dev.tandem.recommend.hybrid;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * How each item sells over the snapshot's orders, as a learned ranker reads it: log(1 + orders),
 * log(1 + orders among the most recent {@link #RECENT_SHARE} of orders), and when it last sold
 * ({@code lastSold}: 1 for an item in the last order, 0 for one last ordered in the first; a line
 * that stopped selling is likely off the shelf). Time is the orders' own time, never the clock.
 * Immutable.
 */
record ItemTrend(float[] logOrders, float[] logRecentOrders, float[] lastSold) {
  /** The share of the latest orders that counts as recent. */
  static final double RECENT_SHARE = 0.1;

  /** All zeros: a ranker reading it learns nothing from sales over time. */
  static ItemTrend none(int items) {
    return new ItemTrend(new float[items], new float[items], new float[items]);
  }

  static ItemTrend of(Snapshot snapshot) {
    CsrMatrix baskets = snapshot.basketItems();
    int items = snapshot.itemCount();
    float[] orders = new float[items];
    float[] recent = new float[items];
    long[] lastSeen = new long[items];
    Arrays.fill(lastSeen, Long.MIN_VALUE);
    long[] times = new long[baskets.rowCount()];
    for (int b = 0; b < times.length; b++) {
      times[b] = snapshot.basketTime(b);
    }
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    long recentFrom = sorted.length == 0 ? Long.MAX_VALUE
        : sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * (1 - RECENT_SHARE)))];
    for (int b = 0; b < times.length; b++) {
      for (int p = baskets.rowStart(b); p < baskets.rowEnd(b); p++) {
        int item = baskets.columnAt(p);
        orders[item]++;
        recent[item] += times[b] >= recentFrom ? 1 : 0;
        lastSeen[item] = Math.max(lastSeen[item], times[b]);
      }
    }
    float[] lastSold = new float[items];
    long first = sorted.length == 0 ? 0 : sorted[0];
    double span = sorted.length == 0 ? 1 : Math.max(1, sorted[sorted.length - 1] - first);
    for (int i = 0; i < items; i++) {
      orders[i] = (float) Math.log1p(orders[i]);
      recent[i] = (float) Math.log1p(recent[i]);
      lastSold[i] = lastSeen[i] == Long.MIN_VALUE ? 0 : (float) ((lastSeen[i] - first) / span);
    }
    return new ItemTrend(orders, recent, lastSold);
  }

  long sizeInBytes() {
    return 12L * logOrders.length;
  }

  void write(DataOutput out) throws IOException {
    out.writeInt(logOrders.length);
    for (float[] column : new float[][] {logOrders, logRecentOrders, lastSold}) {
      for (float value : column) {
        out.writeFloat(value);
      }
    }
  }

  static ItemTrend read(DataInput in) throws IOException {
    int items = in.readInt();
    float[][] columns = new float[3][items];
    for (float[] column : columns) {
      for (int i = 0; i < items; i++) {
        column[i] = in.readFloat();
      }
    }
    return new ItemTrend(columns[0], columns[1], columns[2]);
  }
}

package dev.tandem.segments;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.stream.IntStream;

/**
 * Best sellers per customer segment, and in customers' first orders, for shoppers with little or
 * no history: a known customer gets their segment's best sellers (orders by the segment's
 * customers before "as of"), a shopper with no purchase gets what customers buy in their first
 * order. Each list is ranked once (ties: lower item index). Immutable.
 */
public final class SegmentPopularity {
  private final CustomerSegments segments;
  private final Ranked[] bySegment;
  private final Ranked firstOrders;

  private SegmentPopularity(CustomerSegments segments, Ranked[] bySegment, Ranked firstOrders) {
    this.segments = segments;
    this.bySegment = bySegment;
    this.firstOrders = firstOrders;
  }

  /** Counts the orders placed before the segments' "as of" instant. */
  public static SegmentPopularity of(Snapshot snapshot, CustomerSegments segments) {
    long asOf = segments.table().asOf();
    int[][] counts = new int[segments.size()][snapshot.itemCount()];
    int[] first = new int[snapshot.itemCount()];
    int[] firstBasket = firstBaskets(snapshot, asOf);
    CsrMatrix baskets = snapshot.basketItems();
    for (int b = 0; b < snapshot.basketCount(); b++) {
      int user = snapshot.basketUser(b);
      int segment = segments.segmentOf(user);
      if (segment < 0 || snapshot.basketTime(b) >= asOf) {
        continue;
      }
      boolean isFirst = firstBasket[user] == b;
      for (int p = baskets.rowStart(b); p < baskets.rowEnd(b); p++) {
        counts[segment][baskets.columnAt(p)]++;
        first[baskets.columnAt(p)] += isFirst ? 1 : 0;
      }
    }
    Ranked[] bySegment = new Ranked[counts.length];
    for (int s = 0; s < counts.length; s++) {
      bySegment[s] = Ranked.of(counts[s]);
    }
    return new SegmentPopularity(segments, bySegment, Ranked.of(first));
  }

  /** Each known customer's earliest order with a purchase before "as of" (-1 when none). */
  private static int[] firstBaskets(Snapshot snapshot, long asOf) {
    int[] first = new int[snapshot.userCount()];
    java.util.Arrays.fill(first, -1);
    for (int b = 0; b < snapshot.basketCount(); b++) {
      int user = snapshot.basketUser(b);
      if (user >= 0 && snapshot.basketTime(b) < asOf && snapshot.basketItems().rowLength(b) > 0
          && (first[user] < 0 || snapshot.basketTime(b) < snapshot.basketTime(first[user]))) {
        first[user] = b;
      }
    }
    return first;
  }

  public CustomerSegments segments() {
    return segments;
  }

  /** The list for a shopper: their segment's, or first orders' when they have no segment. */
  public Ranked forUser(int user) {
    int segment = segments.segmentOf(user);
    return segment < 0 ? firstOrders : bySegment[segment];
  }

  public Ranked forSegment(int segment) {
    return bySegment[segment];
  }

  public Ranked firstOrders() {
    return firstOrders;
  }

  public long sizeInBytes() {
    long bytes = firstOrders.sizeInBytes();
    for (Ranked r : bySegment) {
      bytes += r.sizeInBytes();
    }
    return bytes;
  }

  /** Items bought in at least one counted order, most orders first, with their order counts. */
  public static final class Ranked {
    private final int[] items;
    private final int[] orders;
    private final int totalOrders;

    private Ranked(int[] items, int[] orders, int totalOrders) {
      this.items = items;
      this.orders = orders;
      this.totalOrders = totalOrders;
    }

    static Ranked of(int[] counts) {
      int[] items = IntStream.range(0, counts.length).filter(i -> counts[i] > 0).toArray();
      IntArrays.mergeSort(items, (a, b) -> counts[a] != counts[b]
          ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
      int[] orders = new int[items.length];
      int total = 0;
      for (int i = 0; i < items.length; i++) {
        orders[i] = counts[items[i]];
        total += orders[i];
      }
      return new Ranked(items, orders, total);
    }

    public int size() {
      return items.length;
    }

    public int item(int rank) {
      return items[rank];
    }

    /** Orders (by the list's customers) that held the item at this rank. */
    public int orders(int rank) {
      return orders[rank];
    }

    /** The item's share of all item-order pairs counted in the list. */
    public double share(int rank) {
      return totalOrders == 0 ? 0 : (double) orders[rank] / totalOrders;
    }

    long sizeInBytes() {
      return 32L + 8L * items.length;
    }
  }
}

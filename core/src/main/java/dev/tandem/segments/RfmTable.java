package dev.tandem.segments;

import dev.tandem.dataset.EventColumns;
import dev.tandem.dataset.Snapshot;
import dev.tandem.shop.EventType;
import java.util.Arrays;

/**
 * Recency, frequency and monetary value of every customer with a purchase before the "as of"
 * instant (events at or after it are ignored): recency = days since their last purchase, frequency
 * = distinct orders, monetary = money spent minus money returned (a line without a unit price is
 * valued at the item's list price), tenure = days since their first purchase. Customers are
 * listed in snapshot user order. Immutable.
 */
public final class RfmTable {
  static final double DAY_MILLIS = 86_400_000.0;

  private final int[] users;
  private final int[] rowOfUser;
  private final double[] recencyDays;
  private final int[] frequency;
  private final double[] monetary;
  private final double[] tenureDays;
  private final long asOf;

  private RfmTable(Totals totals, long asOf) {
    this.users = totals.customers();
    this.rowOfUser = new int[totals.first.length];
    Arrays.fill(rowOfUser, -1);
    this.recencyDays = new double[users.length];
    this.frequency = new int[users.length];
    this.monetary = new double[users.length];
    this.tenureDays = new double[users.length];
    this.asOf = asOf;
    for (int row = 0; row < users.length; row++) {
      int u = users[row];
      rowOfUser[u] = row;
      recencyDays[row] = (asOf - totals.last[u]) / DAY_MILLIS;
      tenureDays[row] = (asOf - totals.first[u]) / DAY_MILLIS;
      frequency[row] = totals.orders[u];
      monetary[row] = totals.spent[u];
    }
  }

  /** The table as of {@code asOfMillis} (milliseconds since the epoch). */
  public static RfmTable of(Snapshot snapshot, long asOfMillis) {
    return new RfmTable(Totals.of(snapshot, asOfMillis), asOfMillis);
  }

  /** As of one millisecond after the snapshot's last event: every event counts. */
  public static RfmTable ofAll(Snapshot snapshot) {
    return of(snapshot, snapshot.events().lastTime() + 1);
  }

  public int size() {
    return users.length;
  }

  public long asOf() {
    return asOf;
  }

  /** The snapshot user of a row. */
  public int user(int row) {
    return users[row];
  }

  /** The row of a snapshot user, or -1 when they bought nothing before "as of". */
  public int rowOf(int user) {
    return user < 0 || user >= rowOfUser.length ? -1 : rowOfUser[user];
  }

  public double recencyDays(int row) {
    return recencyDays[row];
  }

  public int frequency(int row) {
    return frequency[row];
  }

  public double monetary(int row) {
    return monetary[row];
  }

  public double tenureDays(int row) {
    return tenureDays[row];
  }

  /** Per-user running totals, read in one pass over the events before "as of". */
  private static final class Totals {
    final long[] first;
    final long[] last;
    final int[] orders;
    final double[] spent;

    private Totals(int users) {
      first = new long[users];
      last = new long[users];
      orders = new int[users];
      spent = new double[users];
      Arrays.fill(first, Long.MAX_VALUE);
      Arrays.fill(last, Long.MIN_VALUE);
    }

    static Totals of(Snapshot snapshot, long asOf) {
      Totals totals = new Totals(snapshot.userCount());
      boolean[] counted = new boolean[snapshot.basketCount()];
      EventColumns events = snapshot.events();
      for (int e = 0; e < events.size() && events.time(e) < asOf; e++) {
        totals.add(snapshot, events, e, counted);
      }
      return totals;
    }

    private void add(Snapshot snapshot, EventColumns events, int e, boolean[] counted) {
      int user = events.user(e);
      EventType type = events.type(e);
      if (user < 0 || (type != EventType.PURCHASE && type != EventType.RETURN)) {
        return;
      }
      double value = events.quantity(e) * unitPrice(snapshot, events, e);
      if (type == EventType.RETURN) {
        spent[user] -= value;
        return;
      }
      spent[user] += value;
      first[user] = Math.min(first[user], events.time(e));
      last[user] = Math.max(last[user], events.time(e));
      int basket = events.basket(e);
      if (basket < 0 || !counted[basket]) {
        orders[user]++;
        if (basket >= 0) {
          counted[basket] = true;
        }
      }
    }

    private static double unitPrice(Snapshot snapshot, EventColumns events, int e) {
      double paid = events.unitPrice(e);
      double price = Double.isNaN(paid) ? snapshot.itemPrice(events.item(e)) : paid;
      return Double.isNaN(price) ? 0 : price;
    }

    int[] customers() {
      int[] out = new int[orders.length];
      int n = 0;
      for (int u = 0; u < orders.length; u++) {
        if (orders[u] > 0) {
          out[n++] = u;
        }
      }
      return Arrays.copyOf(out, n);
    }
  }
}

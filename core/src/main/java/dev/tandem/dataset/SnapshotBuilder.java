package dev.tandem.dataset;

import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects items and events as the store streams them, then {@link #build(EventWeights) builds} the
 * {@link Snapshot}. Events may come in any order; they are sorted by time. An event may name an item
 * the catalog lacks: it is interned with an unknown (NaN) price. Every order id becomes a basket;
 * only purchase lines fill {@link Snapshot#basketItems()}.
 */
public final class SnapshotBuilder {
  final IdIndex items = new IdIndex(4096);
  final IdIndex users = new IdIndex(4096);
  final IdIndex baskets = new IdIndex(16384);
  final IdIndex categories = new IdIndex(256);
  private final List<String> titles = new ArrayList<>();
  private final DoubleArrayList prices = new DoubleArrayList();
  private final IntArrayList itemCategories = new IntArrayList();
  private final IntArrayList basketUsers = new IntArrayList();
  private final LongArrayList basketTimes = new LongArrayList();

  private final IntArrayList eventUsers = new IntArrayList(1 << 16);
  private final IntArrayList eventItems = new IntArrayList(1 << 16);
  private final IntArrayList eventBaskets = new IntArrayList(1 << 16);
  private final IntArrayList eventTypes = new IntArrayList(1 << 16);
  private final IntArrayList eventQuantities = new IntArrayList(1 << 16);
  private final FloatArrayList eventPrices = new FloatArrayList(1 << 16);
  private final LongArrayList eventTimes = new LongArrayList(1 << 16);

  /** Adds a catalog item. {@code category} may be null or empty; price may be NaN when unknown. */
  public SnapshotBuilder item(String id, String title, String category, double price) {
    int item = internItem(id);
    titles.set(item, title == null ? "" : title);
    prices.set(item, price);
    itemCategories.set(
        item, category == null || category.isEmpty() ? -1 : categories.intern(category));
    return this;
  }

  /**
   * Adds one event. {@code userId} and {@code orderId} may be null; {@code unitPrice} NaN when
   * unknown; {@code time} in milliseconds since the epoch.
   */
  public SnapshotBuilder event(
      String userId, String itemId, String orderId, EventType type, int quantity, double unitPrice,
      long time) {
    int user = userId == null ? -1 : users.intern(userId);
    eventUsers.add(user);
    eventItems.add(internItem(itemId));
    eventBaskets.add(orderId == null ? -1 : internBasket(orderId, user, time));
    eventTypes.add(type.ordinal());
    eventQuantities.add(quantity);
    eventPrices.add((float) unitPrice);
    eventTimes.add(time);
    return this;
  }

  /** Sorts the events by time and builds the matrices. */
  public Snapshot build(EventWeights weights) {
    int[] order = timeOrder();
    EventColumns columns =
        new EventColumns(
            permute(eventUsers, order),
            permute(eventItems, order),
            permute(eventBaskets, order),
            permuteToBytes(eventTypes, order),
            permute(eventQuantities, order),
            permute(eventPrices, order),
            permute(eventTimes, order));
    return new Snapshot(this, columns, userItems(columns, weights), basketItems(columns));
  }

  private CsrMatrix userItems(EventColumns events, EventWeights weights) {
    Triplets cells = new Triplets();
    for (int e = 0; e < events.size(); e++) {
      if (events.user(e) >= 0) {
        cells.add(events.user(e), events.item(e), (float) weights.of(events.type(e)));
      }
    }
    return cells.toCsr(users.size(), items.size());
  }

  private CsrMatrix basketItems(EventColumns events) {
    Triplets cells = new Triplets();
    for (int e = 0; e < events.size(); e++) {
      if (events.basket(e) >= 0 && events.type(e) == EventType.PURCHASE) {
        cells.add(events.basket(e), events.item(e), events.quantity(e));
      }
    }
    return cells.toCsr(baskets.size(), items.size());
  }

  private int internItem(String id) {
    int item = items.intern(id);
    if (item == titles.size()) {
      titles.add("");
      prices.add(Double.NaN);
      itemCategories.add(-1);
    }
    return item;
  }

  private int internBasket(String orderId, int user, long time) {
    int basket = baskets.intern(orderId);
    if (basket == basketUsers.size()) {
      basketUsers.add(user);
      basketTimes.add(time);
    } else if (time < basketTimes.getLong(basket)) {
      basketTimes.set(basket, time);
    }
    return basket;
  }

  private int[] timeOrder() {
    int n = eventTimes.size();
    int[] order = new int[n];
    boolean sorted = true;
    for (int i = 0; i < n; i++) {
      order[i] = i;
      sorted &= i == 0 || eventTimes.getLong(i - 1) <= eventTimes.getLong(i);
    }
    if (!sorted) {
      long[] times = eventTimes.elements();
      IntArrays.mergeSort(order, (a, b) -> Long.compare(times[a], times[b]));
    }
    return order;
  }

  String[] itemTitles() {
    return titles.toArray(new String[0]);
  }

  double[] itemPrices() {
    return prices.toDoubleArray();
  }

  int[] itemCategories() {
    return itemCategories.toIntArray();
  }

  int[] basketUsers() {
    return basketUsers.toIntArray();
  }

  long[] basketTimes() {
    return basketTimes.toLongArray();
  }

  private static int[] permute(IntArrayList values, int[] order) {
    int[] out = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = values.getInt(order[i]);
    }
    return out;
  }

  private static byte[] permuteToBytes(IntArrayList values, int[] order) {
    byte[] out = new byte[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = (byte) values.getInt(order[i]);
    }
    return out;
  }

  private static float[] permute(FloatArrayList values, int[] order) {
    float[] out = new float[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = values.getFloat(order[i]);
    }
    return out;
  }

  private static long[] permute(LongArrayList values, int[] order) {
    long[] out = new long[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = values.getLong(order[i]);
    }
    return out;
  }
}

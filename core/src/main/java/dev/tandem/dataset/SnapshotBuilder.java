package dev.tandem.dataset;

import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects items and events as the store streams them, then {@link #build(EventWeights) builds} the
 * {@link Snapshot}. Events may come in any order; they are sorted by time. An event may name an item
 * the catalog lacks: it is interned with an unknown (NaN) price. Every order id becomes a basket;
 * only purchase lines fill {@link Snapshot#basketItems()}.
 *
 * <p>A store reader that has already interned its ids may add events by index instead: {@link
 * #internUser}, {@link #internItem} and {@link #internBasket} each id once, then {@link
 * #event(int, int, int, int, int, double, long)} per event, with no string or object per event.
 */
public final class SnapshotBuilder {
  private static final EventType[] TYPES = EventType.values();
  private static final int NO_EVENT_YET = -2;
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
  private byte[] eventTypes = new byte[1 << 16]; // type ordinals, one per event
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
    int user = userId == null ? -1 : internUser(userId);
    int item = internItem(itemId);
    int basket = orderId == null ? -1 : internBasket(orderId);
    return event(user, item, basket, type.ordinal(), quantity, unitPrice, time);
  }

  /**
   * Adds one event by the indexes {@link #internUser}, {@link #internItem} and {@link
   * #internBasket} gave (user and basket -1 when absent) and the ordinal of its {@link EventType}.
   * A basket takes the shopper of its first event and the time of its earliest.
   */
  public SnapshotBuilder event(
      int user, int item, int basket, int typeOrdinal, int quantity, double unitPrice, long time) {
    if (item < 0 || item >= titles.size() || typeOrdinal < 0 || typeOrdinal >= TYPES.length) {
      throw new IllegalArgumentException("no such item " + item + " or type " + typeOrdinal);
    }
    eventUsers.add(user);
    eventItems.add(item);
    eventBaskets.add(basket);
    int event = eventTimes.size();
    if (event == eventTypes.length) {
      eventTypes = Arrays.copyOf(eventTypes, event * 2);
    }
    eventTypes[event] = (byte) typeOrdinal;
    eventQuantities.add(quantity);
    eventPrices.add((float) unitPrice);
    eventTimes.add(time);
    if (basket >= 0) {
      seeBasket(basket, user, time);
    }
    return this;
  }

  /** The index of a shopper id, adding it if new. */
  public int internUser(String id) {
    return users.intern(id);
  }

  /** The index of an item id, adding it (with no title, price or category) if new. */
  public int internItem(String id) {
    int item = items.intern(id);
    if (item == titles.size()) {
      titles.add("");
      prices.add(Double.NaN);
      itemCategories.add(-1);
    }
    return item;
  }

  /** The index of an order id (a basket), adding it if new; its first event names its shopper. */
  public int internBasket(String orderId) {
    int basket = baskets.intern(orderId);
    if (basket == basketUsers.size()) {
      basketUsers.add(NO_EVENT_YET);
      basketTimes.add(Long.MAX_VALUE);
    }
    return basket;
  }

  private void seeBasket(int basket, int user, long time) {
    if (basketUsers.getInt(basket) == NO_EVENT_YET) {
      basketUsers.set(basket, user);
    }
    if (time < basketTimes.getLong(basket)) {
      basketTimes.set(basket, time);
    }
  }

  /** Sorts the events by time (unless they came in time order) and builds the matrices. */
  public Snapshot build(EventWeights weights) {
    int[] order = timeOrder();
    EventColumns columns =
        order == null
            ? new EventColumns(eventUsers.toIntArray(), eventItems.toIntArray(),
                eventBaskets.toIntArray(), Arrays.copyOf(eventTypes, eventTimes.size()),
                eventQuantities.toIntArray(), eventPrices.toFloatArray(), eventTimes.toLongArray())
            : new EventColumns(
                permute(eventUsers, order),
                permute(eventItems, order),
                permute(eventBaskets, order),
                permute(eventTypes, order),
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

  /** The stable time order of the events, or null when they already are in time order. */
  private int[] timeOrder() {
    int n = eventTimes.size();
    long[] times = eventTimes.elements();
    int firstOutOfOrder = 1;
    while (firstOutOfOrder < n && times[firstOutOfOrder - 1] <= times[firstOutOfOrder]) {
      firstOutOfOrder++;
    }
    if (firstOutOfOrder >= n) {
      return null;
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    IntArrays.mergeSort(order, (a, b) -> Long.compare(times[a], times[b]));
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
    int[] out = basketUsers.toIntArray();
    for (int basket = 0; basket < out.length; basket++) {
      out[basket] = Math.max(out[basket], -1); // a basket interned with no event: no shopper
    }
    return out;
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

  private static byte[] permute(byte[] values, int[] order) {
    byte[] out = new byte[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = values[order[i]];
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

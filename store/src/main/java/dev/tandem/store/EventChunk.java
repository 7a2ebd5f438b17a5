package dev.tandem.store;

import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.shop.EventType;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * The events with {@code seq} in one range, read into plain columns, so that several ranges can be
 * read at once on separate connections (decoding the rows is what a snapshot load waits on) and
 * then handed to the {@link SnapshotBuilder} in stored order. Shopper, item and order ids arrive as
 * UTF-8 bytes and are interned range-locally ({@link ByteIds}): each distinct id becomes a string
 * once, and the builder interns each of those once.
 */
final class EventChunk {
  /** The columns a range reader selects, in this order (the type as its ordinal). */
  static final String COLUMNS =
      "user_id, item_id, order_id, " + typeOrdinal() + ", quantity, unit_price, event_time";

  private final ByteIds users = new ByteIds();
  private final ByteIds items = new ByteIds();
  private final ByteIds orders = new ByteIds();
  private int[] userIds = new int[1024];
  private int[] itemIds = new int[1024];
  private int[] orderIds = new int[1024];
  private byte[] types = new byte[1024];
  private int[] quantities = new int[1024];
  private double[] prices = new double[1024];
  private long[] times = new long[1024];
  private int size;

  /** The shopper's id bytes, or null for a guest; starts a new event. */
  void user(byte[] bytes, int offset, int length) {
    if (size == userIds.length) {
      grow();
    }
    userIds[size] = bytes == null ? -1 : users.intern(bytes, offset, length);
  }

  void item(byte[] bytes, int offset, int length) {
    itemIds[size] = items.intern(bytes, offset, length);
  }

  /** The order's id bytes, or null when the event belongs to no order. */
  void order(byte[] bytes, int offset, int length) {
    orderIds[size] = bytes == null ? -1 : orders.intern(bytes, offset, length);
  }

  /** The rest of the event; ends it. {@code unitPrice} is NaN when unknown. */
  void rest(int typeOrdinal, int quantity, double unitPrice, long time) {
    types[size] = (byte) typeOrdinal;
    quantities[size] = quantity;
    prices[size] = unitPrice;
    times[size] = time;
    size++;
  }

  int size() {
    return size;
  }

  /** Interns the range's distinct ids in the builder (in order of first sight), then its events. */
  void addTo(SnapshotBuilder builder) {
    int[] user = global(users, builder::internUser);
    int[] item = global(items, builder::internItem);
    int[] order = global(orders, builder::internBasket);
    for (int i = 0; i < size; i++) {
      builder.event(userIds[i] < 0 ? -1 : user[userIds[i]], item[itemIds[i]],
          orderIds[i] < 0 ? -1 : order[orderIds[i]], types[i], quantities[i], prices[i], times[i]);
    }
  }

  private static int[] global(ByteIds local, ToIntFunction<String> intern) {
    int[] global = new int[local.size()];
    for (int id = 0; id < global.length; id++) {
      global[id] = intern.applyAsInt(local.idOf(id));
    }
    return global;
  }

  private void grow() {
    int capacity = size * 2;
    userIds = Arrays.copyOf(userIds, capacity);
    itemIds = Arrays.copyOf(itemIds, capacity);
    orderIds = Arrays.copyOf(orderIds, capacity);
    types = Arrays.copyOf(types, capacity);
    quantities = Arrays.copyOf(quantities, capacity);
    prices = Arrays.copyOf(prices, capacity);
    times = Arrays.copyOf(times, capacity);
  }

  /** The event type as its ordinal, computed by the database: cheaper than decoding a string. */
  private static String typeOrdinal() {
    StringBuilder sql = new StringBuilder("case type");
    for (EventType type : EventType.values()) {
      sql.append(" when '").append(type.wireName()).append("' then ").append(type.ordinal());
    }
    return sql.append(" end").toString();
  }
}

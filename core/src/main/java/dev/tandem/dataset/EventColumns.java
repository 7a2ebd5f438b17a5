package dev.tandem.dataset;

import dev.tandem.shop.EventType;

/**
 * Every event of a snapshot as parallel primitive columns, sorted by time (stable for ties). User
 * and basket are -1 when absent (a guest; an event outside any order).
 */
public final class EventColumns {
  private static final EventType[] TYPES = EventType.values();
  private final int[] users;
  private final int[] items;
  private final int[] baskets;
  private final byte[] types;
  private final int[] quantities;
  private final float[] unitPrices;
  private final long[] times;

  EventColumns(
      int[] users, int[] items, int[] baskets, byte[] types, int[] quantities, float[] unitPrices,
      long[] times) {
    this.users = users;
    this.items = items;
    this.baskets = baskets;
    this.types = types;
    this.quantities = quantities;
    this.unitPrices = unitPrices;
    this.times = times;
  }

  public int size() {
    return items.length;
  }

  public int user(int event) {
    return users[event];
  }

  public int item(int event) {
    return items[event];
  }

  public int basket(int event) {
    return baskets[event];
  }

  public EventType type(int event) {
    return TYPES[types[event]];
  }

  public int quantity(int event) {
    return quantities[event];
  }

  /** Price paid per unit, NaN when unknown. */
  public float unitPrice(int event) {
    return unitPrices[event];
  }

  /** Milliseconds since the epoch. */
  public long time(int event) {
    return times[event];
  }

  public long firstTime() {
    return times.length == 0 ? Long.MIN_VALUE : times[0];
  }

  public long lastTime() {
    return times.length == 0 ? Long.MIN_VALUE : times[times.length - 1];
  }
}

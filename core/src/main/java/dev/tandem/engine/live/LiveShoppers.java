package dev.tandem.engine.live;

import dev.tandem.shop.Event;
import dev.tandem.shop.EventType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Each shopper's purchases acknowledged since the models in use were trained (item ids, latest
 * first, at most {@link #MAX_ITEMS}), whether or not a model knows the shopper or the item: what
 * serving adds to a shopper's history and to "already bought". A shopper's list is replaced whole,
 * so a reader sees a batch entirely or not at all; reads take no lock. Thread-safe.
 */
public final class LiveShoppers {
  /** Purchases kept per shopper; more than a shopper's context ever uses. */
  public static final int MAX_ITEMS = 100;

  /** A shopper's purchases: item ids latest first, and when each was appended. */
  private record Bought(String[] items, long[] appendedNanos) {}

  private static final String[] NONE = new String[0];
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, Bought> byShopper = new ConcurrentHashMap<>();

  public LiveShoppers(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** Adds the batch's purchases by known shoppers (not guests). */
  public void add(List<Event> events) {
    Map<String, List<Event>> byUser = new LinkedHashMap<>();
    for (Event e : events) {
      if (e.type() == EventType.PURCHASE && e.userId() != null) {
        byUser.computeIfAbsent(e.userId(), u -> new ArrayList<>()).add(e);
      }
    }
    long now = nanoTime.getAsLong();
    byUser.forEach((user, bought) -> byShopper.compute(user, (u, before) -> with(before, bought,
        now)));
  }

  private static Bought with(Bought before, List<Event> bought, long now) {
    List<Event> latestFirst = new ArrayList<>(bought);
    latestFirst.sort((a, b) -> b.time().compareTo(a.time()));
    List<String> items = new ArrayList<>();
    List<Long> nanos = new ArrayList<>();
    for (Event e : latestFirst) {
      if (!items.contains(e.itemId())) {
        items.add(e.itemId());
        nanos.add(now);
      }
    }
    for (int i = 0; before != null && i < before.items.length; i++) {
      if (!items.contains(before.items[i])) {
        items.add(before.items[i]);
        nanos.add(before.appendedNanos[i]);
      }
    }
    int n = Math.min(MAX_ITEMS, items.size());
    long[] times = new long[n];
    for (int i = 0; i < n; i++) {
      times[i] = nanos.get(i);
    }
    return new Bought(items.subList(0, n).toArray(NONE), times);
  }

  /** The shopper's purchases since, latest first (item ids); empty when none or a guest. */
  public String[] boughtSince(String userId) {
    Bought bought = userId == null ? null : byShopper.get(userId);
    return bought == null ? NONE : bought.items.clone();
  }

  /** Forgets purchases appended before {@code nanos}: every serving model's snapshot holds them. */
  public void dropAppendedBefore(long nanos) {
    byShopper.replaceAll((user, bought) -> kept(bought, nanos));
    byShopper.values().removeIf(bought -> bought.items.length == 0);
  }

  private static Bought kept(Bought bought, long nanos) {
    List<String> items = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < bought.items.length; i++) {
      if (bought.appendedNanos[i] - nanos >= 0) {
        items.add(bought.items[i]);
        times.add(bought.appendedNanos[i]);
      }
    }
    return new Bought(items.toArray(NONE), times.stream().mapToLong(Long::longValue).toArray());
  }

  public int shopperCount() {
    return byShopper.size();
  }
}

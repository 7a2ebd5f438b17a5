package dev.tandem.evaluation.split;

import dev.tandem.dataset.EventColumns;
import dev.tandem.dataset.Snapshot;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import it.unimi.dsi.fastutil.ints.IntRBTreeSet;
import it.unimi.dsi.fastutil.ints.IntSortedSet;
import java.util.SplittableRandom;

/**
 * A seeded share of each customer's purchased items is held out, with every event of the customer
 * on those items: max(1, floor(fraction × items)) of the items of a customer who bought at least
 * two. Customer u's items are shuffled by a {@link SplittableRandom} seeded with {@code seed} and
 * u, so the split does not depend on the order customers are visited in.
 *
 * @param fraction share of each customer's items held out, in (0, 1)
 * @param seed the seed
 * @param weights event weights of the training snapshot
 */
public record RandomHoldout(double fraction, long seed, EventWeights weights) implements Splitter {

  public RandomHoldout {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1), got " + fraction);
    }
  }

  public static RandomHoldout of(double fraction, long seed) {
    return new RandomHoldout(fraction, seed, EventWeights.DEFAULT);
  }

  @Override
  public Split split(Snapshot snapshot) {
    int[][] users = purchases(snapshot);
    boolean[][] held = new boolean[snapshot.userCount()][];
    for (int u = 0; u < held.length; u++) {
      held[u] = choose(users[u], u, snapshot.itemCount());
    }
    EventColumns events = snapshot.events();
    boolean[] heldOut = new boolean[events.size()];
    for (int e = 0; e < heldOut.length; e++) {
      int user = events.user(e);
      heldOut[e] = user >= 0 && held[user] != null && held[user][events.item(e)];
    }
    return HeldOut.split(snapshot, heldOut, weights);
  }

  /** Held-out flags over the catalog for one customer, or null when nothing is held out. */
  private boolean[] choose(int[] items, int user, int catalogSize) {
    if (items.length < 2) {
      return null;
    }
    SplittableRandom random = new SplittableRandom(seed ^ (user * 0x9E3779B97F4A7C15L));
    for (int i = items.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    int count = Math.max(1, (int) Math.floor(fraction * items.length));
    boolean[] held = new boolean[catalogSize];
    for (int i = 0; i < count; i++) {
      held[items[i]] = true;
    }
    return held;
  }

  /** Each customer's distinct purchased items, ascending. */
  private static int[][] purchases(Snapshot snapshot) {
    EventColumns events = snapshot.events();
    IntSortedSet[] bought = new IntSortedSet[snapshot.userCount()];
    for (int e = 0; e < events.size(); e++) {
      int user = events.user(e);
      if (user >= 0 && events.type(e) == EventType.PURCHASE) {
        if (bought[user] == null) {
          bought[user] = new IntRBTreeSet();
        }
        bought[user].add(events.item(e));
      }
    }
    int[][] items = new int[bought.length][];
    for (int u = 0; u < items.length; u++) {
      items[u] = bought[u] == null ? new int[0] : bought[u].toIntArray();
    }
    return items;
  }
}

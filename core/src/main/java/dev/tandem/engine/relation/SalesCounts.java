package dev.tandem.engine.relation;

import dev.tandem.dataset.EventColumns;
import dev.tandem.dataset.Snapshot;
import dev.tandem.shop.EventType;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.util.Arrays;

/**
 * Per item: units sold and returned, and the distinct known customers who bought it (sorted, for
 * unions and intersections); per customer: the distinct items bought (sorted). Immutable.
 */
public final class SalesCounts {
  private final long[] unitsSold;
  private final long[] unitsReturned;
  private final int[][] buyersOfItem;
  private final int[][] itemsOfBuyer;

  private SalesCounts(long[] sold, long[] returned, int[][] buyersOfItem, int[][] itemsOfBuyer) {
    this.unitsSold = sold;
    this.unitsReturned = returned;
    this.buyersOfItem = buyersOfItem;
    this.itemsOfBuyer = itemsOfBuyer;
  }

  public static SalesCounts of(Snapshot snapshot) {
    int items = snapshot.itemCount();
    long[] sold = new long[items];
    long[] returned = new long[items];
    IntOpenHashSet[] buyers = new IntOpenHashSet[items];
    IntOpenHashSet[] bought = new IntOpenHashSet[snapshot.userCount()];
    EventColumns events = snapshot.events();
    for (int e = 0; e < events.size(); e++) {
      int item = events.item(e);
      if (events.type(e) == EventType.PURCHASE) {
        sold[item] += events.quantity(e);
        int user = events.user(e);
        if (user >= 0) {
          add(buyers, item, user);
          add(bought, user, item);
        }
      } else if (events.type(e) == EventType.RETURN) {
        returned[item] += events.quantity(e);
      }
    }
    return new SalesCounts(sold, returned, sorted(buyers), sorted(bought));
  }

  private static void add(IntOpenHashSet[] sets, int at, int value) {
    if (sets[at] == null) {
      sets[at] = new IntOpenHashSet(4);
    }
    sets[at].add(value);
  }

  private static int[][] sorted(IntOpenHashSet[] sets) {
    int[][] out = new int[sets.length][];
    for (int i = 0; i < sets.length; i++) {
      out[i] = sets[i] == null ? new int[0] : sets[i].toIntArray();
      Arrays.sort(out[i]);
    }
    return out;
  }

  public long unitsSold(int item) {
    return unitsSold[item];
  }

  public long unitsReturned(int item) {
    return unitsReturned[item];
  }

  /** Units returned per unit sold (0 when none sold). */
  public double returnRate(int item) {
    return unitsSold[item] == 0 ? 0 : (double) unitsReturned[item] / unitsSold[item];
  }

  /** Distinct known customers who bought the item. */
  public int buyerCount(int item) {
    return buyersOfItem[item].length;
  }

  /** Customers who bought either item. */
  public int buyersOfEither(int a, int b) {
    return buyersOfItem[a].length + buyersOfItem[b].length - buyersOfBoth(a, b);
  }

  /** Customers who bought both items. */
  public int buyersOfBoth(int a, int b) {
    int[] x = buyersOfItem[a];
    int[] y = buyersOfItem[b];
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        both++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return both;
  }

  /** Distinct items the customer bought, ascending; empty for an unknown user. */
  public int[] itemsBoughtBy(int user) {
    return user < 0 || user >= itemsOfBuyer.length ? new int[0] : itemsOfBuyer[user].clone();
  }

  public boolean bought(int user, int item) {
    return user >= 0 && user < itemsOfBuyer.length
        && Arrays.binarySearch(itemsOfBuyer[user], item) >= 0;
  }

  /** Items bought by the most customers first; ties by the lower index. */
  public int[] byBuyers() {
    IntArrayList order = new IntArrayList();
    for (int i = 0; i < buyersOfItem.length; i++) {
      if (unitsSold[i] > 0) {
        order.add(i);
      }
    }
    return order.intStream().boxed()
        .sorted((a, b) -> buyersOfItem[b].length != buyersOfItem[a].length
            ? buyersOfItem[b].length - buyersOfItem[a].length : a - b)
        .mapToInt(Integer::intValue).toArray();
  }
}

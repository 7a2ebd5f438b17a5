package dev.tandem.engine.upsell;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.Arrays;

/**
 * Trade-ups observed in the purchases: a known shopper who had bought item {@code a} in an earlier
 * order buys, for the first time, a pricier item {@code b} of the same product type (never the
 * catch-all) in an order without {@code a}. Each (shopper, {@code b}) counts once, with {@code a}
 * the cheaper item of the type they bought most recently (ties: the lower index). Kept per type
 * as the sorted price increases {@code price(b) / price(a) − 1} (list prices), and per pair as a
 * count: the evidence behind learned price bands ({@link UpsellBands}) and up-sell explanations.
 * Built in one pass over the orders in time order. Immutable.
 */
public final class TradeUps {
  private static final float[] NONE = new float[0];
  private final float[][] increasesByType;
  private final float[] allIncreases;
  private final Long2IntOpenHashMap pairs;

  private TradeUps(float[][] increasesByType, Long2IntOpenHashMap pairs) {
    this.increasesByType = increasesByType;
    this.pairs = pairs;
    int total = 0;
    for (float[] increases : increasesByType) {
      total += increases.length;
    }
    this.allIncreases = new float[total];
    int at = 0;
    for (float[] increases : increasesByType) {
      System.arraycopy(increases, 0, allIncreases, at, increases.length);
      at += increases.length;
    }
    Arrays.sort(allIncreases);
  }

  public static TradeUps of(Snapshot snapshot, ProductTypes types) {
    return new Builder(snapshot, types).build();
  }

  /** Trade-ups observed within the type (in all types when {@code type} is -1). */
  public int count(int type) {
    return type < 0 ? allIncreases.length : increasesByType[type].length;
  }

  /** Trade-ups observed in all types. */
  public int count() {
    return allIncreases.length;
  }

  /**
   * The share of the type's trade-ups (of all trade-ups when {@code type} is -1) whose price
   * increase was at least {@code increase}, with a Laplace prior: {@code (n≥ + 1) / (n + 2)}. How
   * far shoppers who trade up go: the chance one of them would pay this much more.
   */
  public double shareAtLeast(int type, double increase) {
    float[] sorted = type < 0 ? allIncreases : increasesByType[type];
    int below = lowerBound(sorted, (float) increase);
    return (sorted.length - below + 1.0) / (sorted.length + 2.0);
  }

  /** The first position whose value is not below {@code value}. */
  private static int lowerBound(float[] sorted, float value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Shoppers seen trading up from {@code a} to {@code b}. */
  public int between(int a, int b) {
    return pairs.get(key(a, b));
  }

  /**
   * The q-quantile (nearest rank, 0 ≤ q ≤ 1) of the type's price increases (all types' when
   * {@code type} is -1); NaN when none.
   */
  public double quantile(int type, double q) {
    float[] sorted = type < 0 ? allIncreases : increasesByType[type];
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  public long sizeInBytes() {
    long bytes = 16L * pairs.size() + 4L * allIncreases.length;
    for (float[] increases : increasesByType) {
      bytes += 16 + 4L * increases.length;
    }
    return bytes;
  }

  static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  /** One pass over the orders by time, remembering what each shopper bought of each type. */
  private static final class Builder {
    private final Snapshot snapshot;
    private final ProductTypes types;
    private final FloatArrayList[] increases;
    private final Long2IntOpenHashMap pairs = new Long2IntOpenHashMap();
    private final Long2ObjectOpenHashMap<IntArrayList> boughtOfType =
        new Long2ObjectOpenHashMap<>();
    private final LongOpenHashSet bought = new LongOpenHashSet();
    private final Long2IntOpenHashMap lastOrder = new Long2IntOpenHashMap();

    Builder(Snapshot snapshot, ProductTypes types) {
      this.snapshot = snapshot;
      this.types = types;
      this.increases = new FloatArrayList[types.size()];
      for (int t = 0; t < increases.length; t++) {
        increases[t] = new FloatArrayList();
      }
    }

    TradeUps build() {
      CsrMatrix baskets = snapshot.basketItems();
      Integer[] order = new Integer[baskets.rowCount()];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, (x, y) -> x.equals(y) ? 0
          : snapshot.basketTime(x) != snapshot.basketTime(y)
              ? Long.compare(snapshot.basketTime(x), snapshot.basketTime(y)) : x - y);
      for (int rank = 0; rank < order.length; rank++) {
        int basket = order[rank];
        int user = snapshot.basketUser(basket);
        if (user >= 0) {
          int[] items = baskets.row(basket);
          for (int b : items) {
            observe(user, b, items);
          }
          for (int b : items) {
            remember(user, b, rank);
          }
        }
      }
      float[][] sorted = new float[increases.length][];
      for (int t = 0; t < sorted.length; t++) {
        sorted[t] = increases[t].isEmpty() ? NONE : increases[t].toFloatArray();
        Arrays.sort(sorted[t]);
      }
      pairs.trim();
      return new TradeUps(sorted, pairs);
    }

    private void observe(int user, int b, int[] order) {
      int type = types.typeOf(b);
      double price = snapshot.itemPrice(b);
      if (types.isOther(type) || !(price > 0) || bought.contains(key(user, b))) {
        return;
      }
      IntArrayList earlier = boughtOfType.get(key(user, type));
      int from = -1;
      for (int i = 0; earlier != null && i < earlier.size(); i++) {
        int a = earlier.getInt(i);
        if (snapshot.itemPrice(a) > 0 && snapshot.itemPrice(a) < price && !holds(order, a)
            && (from < 0 || later(user, a, from))) {
          from = a;
        }
      }
      if (from >= 0) {
        increases[type].add((float) (price / snapshot.itemPrice(from) - 1));
        pairs.addTo(key(from, b), 1);
      }
    }

    private boolean later(int user, int a, int than) {
      int ra = lastOrder.get(key(user, a));
      int rb = lastOrder.get(key(user, than));
      return ra != rb ? ra > rb : a < than;
    }

    private void remember(int user, int item, int rank) {
      if (bought.add(key(user, item))) {
        boughtOfType.computeIfAbsent(key(user, types.typeOf(item)), k -> new IntArrayList())
            .add(item);
      }
      lastOrder.put(key(user, item), rank);
    }

    private static boolean holds(int[] order, int item) {
      for (int i : order) {
        if (i == item) {
          return true;
        }
      }
      return false;
    }
  }
}

package dev.tandem.propensity;

import dev.tandem.dataset.EventColumns;
import dev.tandem.dataset.Snapshot;
import dev.tandem.shop.EventType;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * What each known shopper bought: their most recent distinct items (latest first, at most {@code
 * limit}), how many purchase lines they have of each item, and the mean log unit price they paid.
 * Immutable.
 */
final class ShopperHistories {
  private static final int[] NONE = new int[0];

  private final int[][] recent;
  private final Int2IntOpenHashMap[] lines;
  private final double[] meanLogPrice;

  private ShopperHistories(int[][] recent, Int2IntOpenHashMap[] lines, double[] meanLogPrice) {
    this.recent = recent;
    this.lines = lines;
    this.meanLogPrice = meanLogPrice;
  }

  static ShopperHistories of(Snapshot snapshot, int limit) {
    int users = snapshot.userCount();
    IntArrayList[] recent = new IntArrayList[users];
    Int2IntOpenHashMap[] lines = new Int2IntOpenHashMap[users];
    double[] logPriceSum = new double[users];
    int[] priced = new int[users];
    EventColumns events = snapshot.events();
    for (int e = events.size() - 1; e >= 0; e--) {
      int user = events.user(e);
      if (user < 0 || events.type(e) != EventType.PURCHASE) {
        continue;
      }
      int item = events.item(e);
      if (lines[user] == null) {
        lines[user] = new Int2IntOpenHashMap();
        recent[user] = new IntArrayList();
      }
      if (lines[user].addTo(item, 1) == 0 && recent[user].size() < limit) {
        recent[user].add(item);
      }
      double price = events.unitPrice(e);
      if (price > 0) {
        logPriceSum[user] += Math.log(price);
        priced[user]++;
      }
    }
    int[][] recentItems = new int[users][];
    double[] mean = new double[users];
    for (int u = 0; u < users; u++) {
      recentItems[u] = recent[u] == null ? NONE : recent[u].toIntArray();
      mean[u] = priced[u] == 0 ? Double.NaN : logPriceSum[u] / priced[u];
    }
    return new ShopperHistories(recentItems, lines, mean);
  }

  /** Most recent distinct purchases, latest first; empty for an unknown shopper. */
  int[] recent(int user) {
    return user < 0 || user >= recent.length ? NONE : recent[user];
  }

  /** Purchase lines of this item by the shopper. */
  int lines(int user, int item) {
    return user < 0 || user >= lines.length || lines[user] == null ? 0 : lines[user].get(item);
  }

  /** Distinct items bought. */
  int distinctItems(int user) {
    return user < 0 || user >= lines.length || lines[user] == null ? 0 : lines[user].size();
  }

  /** Mean log unit price paid, NaN when unknown. */
  double meanLogPrice(int user) {
    return user < 0 || user >= meanLogPrice.length ? Double.NaN : meanLogPrice[user];
  }
}

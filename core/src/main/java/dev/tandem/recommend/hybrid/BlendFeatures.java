package dev.tandem.recommend.hybrid;

import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;

/**
 * The features a {@link LearnedRanker} reads for each candidate of a cart: per component model,
 * its normalised value of the candidate ({@link RankBlend#normalised}, 0 when it did not list
 * it), whether it did not list it, and the value times log(cart size) (components that help small
 * carts differ from those that help large ones); then the candidate's {@link ItemTrend} (orders,
 * recent orders, when it last sold), the two counts times log(cart size), and log(cart size). Candidates are
 * the union of the components' lists, the cart's own items left out, in first-listed order.
 */
final class BlendFeatures {
  private BlendFeatures() {}

  static List<String> names(List<String> components) {
    List<String> names = new ArrayList<>();
    for (String component : components) {
      names.add(component + " value");
      names.add(component + " unlisted");
      names.add(component + " value x log cart size");
    }
    names.addAll(List.of("log orders", "log orders x log cart size", "log recent orders",
        "log recent orders x log cart size", "last sold", "log cart size"));
    return names;
  }

  static int width(int components) {
    return 3 * components + 6;
  }

  /**
   * Appends one row per candidate to {@code rows} and the candidates to {@code items}; returns
   * how many.
   */
  static int of(Recommendations[] lists, Query query, ItemTrend trend, int depth,
      double rankShare, IntArrayList items, FloatArrayList rows) {
    Int2IntOpenHashMap at = new Int2IntOpenHashMap();
    at.defaultReturnValue(-1);
    int start = items.size();
    for (Recommendations list : lists) {
      for (int r = 0; r < Math.min(depth, list.size()); r++) {
        int item = list.item(r);
        if (!query.contains(item) && at.putIfAbsent(item, items.size() - start) == -1) {
          items.add(item);
        }
      }
    }
    int count = items.size() - start;
    int width = width(lists.length);
    float[] block = new float[count * width];
    float logSize = (float) Math.log(Math.max(1, query.items().length));
    for (int c = 0; c < count; c++) {
      for (int m = 0; m < lists.length; m++) {
        block[c * width + 3 * m + 1] = 1;
      }
      int item = items.getInt(start + c);
      int base = c * width + 3 * lists.length;
      block[base] = trend.logOrders()[item];
      block[base + 1] = trend.logOrders()[item] * logSize;
      block[base + 2] = trend.logRecentOrders()[item];
      block[base + 3] = trend.logRecentOrders()[item] * logSize;
      block[base + 4] = trend.lastSold()[item];
      block[base + 5] = logSize;
    }
    for (int m = 0; m < lists.length; m++) {
      double[] values = RankBlend.normalised(lists[m], depth, rankShare);
      for (int r = 0; r < values.length; r++) {
        int c = at.get(lists[m].item(r));
        if (c >= 0) {
          int base = c * width + 3 * m;
          block[base] = (float) values[r];
          block[base + 1] = 0;
          block[base + 2] = (float) values[r] * logSize;
        }
      }
    }
    rows.addElements(rows.size(), block);
    return count;
  }
}

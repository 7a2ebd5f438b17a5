package dev.tandem.sparkpeer;

import dev.tandem.recommend.Recommendations;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/**
 * Association rules with one consequent item (what Spark MLlib's FP-Growth generates), copied out
 * of Spark and indexed by each antecedent's smallest item: a rule can fire only when that item is
 * in the cart, so a cart looks only at the rules filed under its own items, each at most once.
 */
final class RuleTable {
  private final int itemCount;
  private final int[] antecedentStart;
  private final int[] antecedentItems;
  private final int[] consequent;
  private final float[] confidence;
  private final float[] lift;
  private final int[] byItemStart;
  private final int[] byItemRules;

  private RuleTable(int itemCount, Builder built) {
    this.itemCount = itemCount;
    this.antecedentStart = built.antecedentStart.toIntArray();
    this.antecedentItems = built.antecedentItems.toIntArray();
    this.consequent = built.consequent.toIntArray();
    this.confidence = built.confidence.toFloatArray();
    this.lift = built.lift.toFloatArray();
    this.byItemStart = new int[itemCount + 1];
    this.byItemRules = new int[consequent.length];
    fileBySmallestItem();
  }

  private void fileBySmallestItem() {
    for (int r = 0; r < consequent.length; r++) {
      byItemStart[antecedentItems[antecedentStart[r]] + 1]++;
    }
    for (int i = 0; i < itemCount; i++) {
      byItemStart[i + 1] += byItemStart[i];
    }
    int[] next = Arrays.copyOf(byItemStart, itemCount);
    for (int r = 0; r < consequent.length; r++) {
      byItemRules[next[antecedentItems[antecedentStart[r]]]++] = r;
    }
  }

  int size() {
    return consequent.length;
  }

  /**
   * The consequents of the rules whose antecedent lies in the cart, minus the cart's items; each
   * item ranked by its best rule: confidence, then lift, then the lower item index. At most
   * {@code k} items, scored by their best rule's confidence.
   */
  Recommendations consequents(int[] cart, int k) {
    boolean[] inCart = new boolean[itemCount];
    for (int item : cart) {
      if (item >= 0 && item < itemCount) {
        inCart[item] = true;
      }
    }
    int[] best = new int[itemCount];
    Arrays.fill(best, -1);
    IntArrayList found = new IntArrayList();
    for (int item = 0; item < itemCount; item++) {
      if (!inCart[item]) {
        continue;
      }
      for (int p = byItemStart[item]; p < byItemStart[item + 1]; p++) {
        int rule = byItemRules[p];
        int target = consequent[rule];
        if (!inCart[target] && fires(rule, inCart)) {
          if (best[target] < 0) {
            found.add(target);
            best[target] = rule;
          } else if (ranksAbove(rule, best[target])) {
            best[target] = rule;
          }
        }
      }
    }
    return ranked(found.toIntArray(), best, k);
  }

  private boolean fires(int rule, boolean[] inCart) {
    for (int p = antecedentStart[rule]; p < antecedentStart[rule + 1]; p++) {
      if (!inCart[antecedentItems[p]]) {
        return false;
      }
    }
    return true;
  }

  private boolean ranksAbove(int a, int b) {
    return confidence[a] != confidence[b] ? confidence[a] > confidence[b] : lift[a] > lift[b];
  }

  /** Items ordered by their best rule, scored by its confidence. */
  private Recommendations ranked(int[] items, int[] best, int k) {
    Integer[] order = new Integer[items.length];
    for (int i = 0; i < items.length; i++) {
      order[i] = items[i];
    }
    Arrays.sort(order, (a, b) -> ranksAbove(best[a], best[b]) ? -1
        : ranksAbove(best[b], best[a]) ? 1 : Integer.compare(a, b));
    int n = Math.min(k, order.length);
    int[] top = new int[n];
    float[] scores = new float[n];
    for (int i = 0; i < n; i++) {
      top[i] = order[i];
      scores[i] = confidence[best[order[i]]];
    }
    return new Recommendations(top, scores);
  }

  long sizeInBytes() {
    return 4L * (antecedentStart.length + antecedentItems.length + consequent.length
        + confidence.length + lift.length + byItemStart.length + byItemRules.length);
  }

  /** Collects rules one at a time; antecedent items are sorted on the way in. */
  static final class Builder {
    private final int itemCount;
    private final IntArrayList antecedentStart = IntArrayList.of(0);
    private final IntArrayList antecedentItems = new IntArrayList();
    private final IntArrayList consequent = new IntArrayList();
    private final FloatArrayList confidence = new FloatArrayList();
    private final FloatArrayList lift = new FloatArrayList();

    Builder(int itemCount) {
      this.itemCount = itemCount;
    }

    Builder add(int[] antecedent, int then, double ruleConfidence, double ruleLift) {
      if (antecedent.length == 0) {
        throw new IllegalArgumentException("a rule needs an antecedent");
      }
      int[] sorted = antecedent.clone();
      Arrays.sort(sorted);
      antecedentItems.addElements(antecedentItems.size(), sorted);
      antecedentStart.add(antecedentItems.size());
      consequent.add(then);
      confidence.add((float) ruleConfidence);
      lift.add((float) ruleLift);
      return this;
    }

    RuleTable build() {
      return new RuleTable(itemCount, this);
    }
  }
}

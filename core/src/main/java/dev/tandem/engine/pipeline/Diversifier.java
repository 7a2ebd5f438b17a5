package dev.tandem.engine.pipeline;

import dev.tandem.engine.catalog.ProductTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the final list by maximal marginal relevance over product types: each pick maximises
 * {@code (1 − strength) · relevance − strength · redundancy}, where relevance is the score over the
 * best score and redundancy is 1 when an item of the same type is already picked; and never more
 * than {@code maxPerType} items of one type (the catch-all type is not limited). Strength 0 keeps
 * the score order.
 */
public final class Diversifier {
  private final ProductTypes types;
  private final double strength;
  private final int maxPerType;

  public Diversifier(ProductTypes types, double strength, int maxPerType) {
    this.types = types;
    this.strength = strength;
    this.maxPerType = maxPerType;
  }

  /** The {@code k} picks from offers sorted best first. */
  public List<Offer> pick(List<Offer> bestFirst, int k) {
    List<Offer> picked = new ArrayList<>(k);
    boolean[] used = new boolean[bestFirst.size()];
    int[] perType = new int[types.size()];
    double top = bestFirst.isEmpty() ? 1 : Math.max(bestFirst.get(0).score(), 1e-12);
    while (picked.size() < k) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < bestFirst.size(); i++) {
        int type = types.typeOf(bestFirst.get(i).item());
        if (used[i] || (maxPerType > 0 && !types.isOther(type) && perType[type] >= maxPerType)) {
          continue;
        }
        double redundancy = perType[type] > 0 && !types.isOther(type) ? 1 : 0;
        double value = (1 - strength) * bestFirst.get(i).score() / top - strength * redundancy;
        if (value > bestValue) {
          best = i;
          bestValue = value;
        }
      }
      if (best < 0) {
        break;
      }
      used[best] = true;
      perType[types.typeOf(bestFirst.get(best).item())]++;
      picked.add(bestFirst.get(best));
    }
    return picked;
  }
}

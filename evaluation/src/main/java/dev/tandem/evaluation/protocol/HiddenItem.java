package dev.tandem.evaluation.protocol;

import dev.tandem.recommend.Query;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.List;
import java.util.Map;

/** The basket-completion query both OR-BC and RETAIL-BC make: hide one item, ask with the rest. */
final class HiddenItem {
  private HiddenItem() {}

  /**
   * Query q of a basket (distinct item ids in order): the item at position {@code q mod size} is
   * hidden, worth {@code revenues[position]}; the others that training knows form the cart.
   */
  static TestCase query(int q, List<String> basket, double[] revenues, Map<String, Integer> index) {
    int hiddenAt = q % basket.size();
    IntArrayList cart = new IntArrayList();
    for (int p = 0; p < basket.size(); p++) {
      Integer item = index.get(basket.get(p));
      if (p != hiddenAt && item != null) {
        cart.add(item.intValue());
      }
    }
    Integer hidden = index.get(basket.get(hiddenAt));
    Query query = Query.forItems(cart.toIntArray());
    return hidden == null
        ? TestCase.of(q, query, new int[0], new double[0], 1)
        : TestCase.of(q, query, new int[] {hidden}, new double[] {revenues[hiddenAt]}, 0);
  }
}

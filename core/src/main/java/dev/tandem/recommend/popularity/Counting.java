package dev.tandem.recommend.popularity;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;

/** What makes an item popular: the distinct orders that hold it, or the distinct customers. */
public enum Counting {
  ORDERS,
  CUSTOMERS;

  /** One count per snapshot item. */
  float[] counts(Snapshot snapshot) {
    CsrMatrix rows = this == ORDERS ? snapshot.basketItems() : snapshot.userItems();
    float[] counts = new float[snapshot.itemCount()];
    for (int p = 0; p < rows.nonZeroCount(); p++) {
      if (rows.valueAt(p) > 0) {
        counts[rows.columnAt(p)]++;
      }
    }
    return counts;
  }
}

package dev.tandem.sparkpeer;

import dev.tandem.dataset.CsrMatrix;
import java.util.stream.IntStream;

/** Items that were bought, in most baskets first (ties to the lower index): a peer's padding. */
final class PopularBaskets {
  private PopularBaskets() {}

  static int[] of(CsrMatrix basketItems) {
    int[] counts = new int[basketItems.columnCount()];
    for (int p = 0; p < basketItems.nonZeroCount(); p++) {
      if (basketItems.valueAt(p) > 0) {
        counts[basketItems.columnAt(p)]++;
      }
    }
    return IntStream.range(0, counts.length).boxed()
        .filter(i -> counts[i] > 0)
        .sorted((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a])
            : Integer.compare(a, b))
        .mapToInt(Integer::intValue).toArray();
  }
}

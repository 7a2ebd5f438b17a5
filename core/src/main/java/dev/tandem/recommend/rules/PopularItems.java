package dev.tandem.recommend.rules;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;

/** Items that were bought, most orders first (ties to the lower index): the rules' fallback. */
final class PopularItems {
  private PopularItems() {}

  static int[] of(Snapshot snapshot) {
    CsrMatrix baskets = snapshot.basketItems();
    int[] counts = new int[snapshot.itemCount()];
    for (int p = 0; p < baskets.nonZeroCount(); p++) {
      counts[baskets.columnAt(p)]++;
    }
    return java.util.stream.IntStream.range(0, counts.length).boxed()
        .filter(i -> counts[i] > 0)
        .sorted((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a])
            : Integer.compare(a, b))
        .mapToInt(Integer::intValue).toArray();
  }

  static long sizeInBytes(int[] items) {
    return 16L + 4L * items.length;
  }
}

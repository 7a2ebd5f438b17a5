package dev.tandem.engine.relation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/** Each item's distinct title words as sorted int ids, for fast title similarity. */
final class TitleWordIds {
  private TitleWordIds() {}

  static int[][] of(int itemCount, IntFunction<String> titles) {
    Map<String, Integer> ids = new HashMap<>();
    int[][] words = new int[itemCount][];
    for (int item = 0; item < itemCount; item++) {
      String title = titles.apply(item);
      words[item] = title == null || title.isBlank() ? new int[0]
          : Arrays.stream(title.trim().split("\\s+"))
              .mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).distinct().sorted().toArray();
    }
    return words;
  }
}

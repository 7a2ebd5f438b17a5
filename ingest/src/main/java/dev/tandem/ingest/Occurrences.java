package dev.tandem.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers the lines of a group that share a key, in file order: the first {@code 85123A} of
 * invoice {@code 536365} gets {@code 536365/85123A/1}, the next one {@code .../2}. Gives stable ids
 * to lines that have none of their own, so importing the same file again yields the same ids.
 * Groups usually come together in a file, so the current group's counts are kept at hand; a group
 * that comes back later goes on counting where it stopped.
 */
final class Occurrences {
  private final Map<String, Map<String, int[]>> groups = new HashMap<>();
  private final Map<String, int[]> single = new HashMap<>();
  private String group;
  private Map<String, int[]> counts;

  /** {@code key/n}: the n-th time this key is seen. */
  String next(String key) {
    return key + '/' + ++single.computeIfAbsent(key, k -> new int[1])[0];
  }

  String next(String groupKey, String key) {
    if (!groupKey.equals(group)) {
      group = groupKey;
      counts = groups.computeIfAbsent(groupKey, k -> new HashMap<>(8));
    }
    int n = ++counts.computeIfAbsent(key, k -> new int[1])[0];
    return groupKey + '/' + key + '/' + n;
  }
}

package dev.tandem.engine;

import dev.tandem.dataset.EventColumns;
import dev.tandem.dataset.Snapshot;
import dev.tandem.shop.EventType;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/** Each known shopper's most recent distinct purchases, latest first, at most N. Immutable. */
final class ShopperHistory {
  private final int[][] recent;

  private ShopperHistory(int[][] recent) {
    this.recent = recent;
  }

  static ShopperHistory of(Snapshot snapshot, int limit) {
    IntArrayList[] lists = new IntArrayList[snapshot.userCount()];
    EventColumns events = snapshot.events();
    for (int e = events.size() - 1; e >= 0; e--) {
      int user = events.user(e);
      if (user < 0 || events.type(e) != EventType.PURCHASE) {
        continue;
      }
      if (lists[user] == null) {
        lists[user] = new IntArrayList();
      }
      if (lists[user].size() < limit && !lists[user].contains(events.item(e))) {
        lists[user].add(events.item(e));
      }
    }
    int[][] recent = new int[lists.length][];
    for (int u = 0; u < lists.length; u++) {
      recent[u] = lists[u] == null ? new int[0] : lists[u].toIntArray();
    }
    return new ShopperHistory(recent);
  }

  int[] recent(int user) {
    return user < 0 || user >= recent.length ? new int[0] : recent[user].clone();
  }
}

package dev.tandem.engine.live;

import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * One order as a live overlay sees it: the items its snapshot basket holds (empty for an order the
 * snapshot lacks), the items added since, and the order's time. Guarded by its overlay's lock.
 */
final class AddedOrder {
  final int[] inSnapshot;
  final IntArrayList added = new IntArrayList(4);
  final long time;

  AddedOrder(int[] inSnapshot, long time) {
    this.inSnapshot = inSnapshot;
    this.time = time;
  }

  /** Whether the snapshot lacks the order, so its first added line makes a new order. */
  boolean isNew() {
    return inSnapshot.length == 0;
  }

  boolean holds(int item) {
    for (int i : inSnapshot) {
      if (i == item) {
        return true;
      }
    }
    return added.contains(item);
  }
}

package dev.tandem.cli;

import dev.tandem.dataset.Snapshot;

/** Item ids and titles as a shop recognises them: "85123A WHITE HANGING HEART T-LIGHT HOLDER". */
final class ItemNames {
  private final Snapshot snapshot;
  private final int width;

  ItemNames(Snapshot snapshot, int width) {
    this.snapshot = snapshot;
    this.width = width;
  }

  String id(int item) {
    return snapshot.items().idOf(item);
  }

  String title(int item) {
    return snapshot.itemTitle(item);
  }

  /** Id and title, clipped to the width. */
  String label(int item) {
    String label = id(item) + " " + title(item);
    return label.length() <= width ? label : label.substring(0, width - 1) + "…";
  }

  String labels(int[] items) {
    StringBuilder out = new StringBuilder();
    for (int item : items) {
      out.append(out.length() == 0 ? "" : " + ").append(label(item));
    }
    return out.toString();
  }

  /** The snapshot index of an item id; a clear error when the store has no such item. */
  int indexOf(String id) {
    int item = snapshot.items().indexOf(id.trim());
    if (item < 0) {
      throw new IllegalArgumentException("item '" + id.trim() + "' is not in the store");
    }
    return item;
  }
}

package dev.tandem.cli;

import dev.tandem.dataset.Snapshot;

/** Shopper ids as the shop knows them ("17850"), resolved with a clear error. */
final class Shoppers {
  private Shoppers() {}

  static int indexOf(Snapshot snapshot, String id) {
    String trimmed = id.trim();
    int user = snapshot.users().indexOf(trimmed);
    if (user < 0 && trimmed.endsWith(".0")) {
      user = snapshot.users().indexOf(trimmed.substring(0, trimmed.length() - 2));
    }
    if (user < 0) {
      throw new IllegalArgumentException("shopper '" + trimmed + "' is not in the store");
    }
    return user;
  }
}

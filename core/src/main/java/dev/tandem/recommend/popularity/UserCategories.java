package dev.tandem.recommend.popularity;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import java.util.Arrays;

/** The distinct categories each user bought from, as CSR int arrays (rows sorted). Immutable. */
record UserCategories(int[] starts, int[] categories) {

  static UserCategories of(Snapshot snapshot, int[] itemCategories) {
    CsrMatrix users = snapshot.userItems();
    int[] starts = new int[users.rowCount() + 1];
    int[] all = new int[users.nonZeroCount()];
    int size = 0;
    for (int u = 0; u < users.rowCount(); u++) {
      int from = size;
      for (int p = users.rowStart(u); p < users.rowEnd(u); p++) {
        int category = itemCategories[users.columnAt(p)];
        if (category >= 0 && users.valueAt(p) > 0) {
          all[size++] = category;
        }
      }
      Arrays.sort(all, from, size);
      size = from + distinct(all, from, size);
      starts[u + 1] = size;
    }
    return new UserCategories(starts, Arrays.copyOf(all, size));
  }

  /** Moves the distinct values of a sorted range to its front; returns how many. */
  private static int distinct(int[] values, int from, int to) {
    int kept = 0;
    for (int i = from; i < to; i++) {
      if (kept == 0 || values[from + kept - 1] != values[i]) {
        values[from + kept++] = values[i];
      }
    }
    return kept;
  }

  int[] of(int user) {
    return user < 0 || user + 1 >= starts.length ? new int[0]
        : Arrays.copyOfRange(categories, starts[user], starts[user + 1]);
  }

  long sizeInBytes() {
    return 4L * (starts.length + categories.length);
  }
}

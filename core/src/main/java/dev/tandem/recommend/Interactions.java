package dev.tandem.recommend;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Locale;

/**
 * Which rows a model learns co-occurrence from: purchase {@link #BASKETS} (orders × items, value 1
 * for each item bought) or {@link #USERS} (shoppers × items, the sum of their event weights). Only
 * positive cells are kept: a returned item (weight ≤ 0 in sum) is not an interest.
 */
public enum Interactions {
  BASKETS,
  USERS;

  /** The positive interactions of the snapshot, rows × items. */
  public SparseRows rows(Snapshot snapshot) {
    return this == BASKETS
        ? positive(snapshot.basketItems(), true)
        : positive(snapshot.userItems(), false);
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code baskets} or {@code users}, case-insensitively. */
  public static Interactions parse(String text) {
    for (Interactions value : values()) {
      if (value.wireName().equalsIgnoreCase(text.trim())) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "interactions must be 'baskets' or 'users', not '" + text.trim() + "'");
  }

  private static SparseRows positive(CsrMatrix matrix, boolean binary) {
    int[] start = new int[matrix.rowCount() + 1];
    IntArrayList columns = new IntArrayList(matrix.nonZeroCount());
    FloatArrayList values = new FloatArrayList(matrix.nonZeroCount());
    for (int r = 0; r < matrix.rowCount(); r++) {
      for (int p = matrix.rowStart(r); p < matrix.rowEnd(r); p++) {
        float value = matrix.valueAt(p);
        if (value > 0f) {
          columns.add(matrix.columnAt(p));
          values.add(binary ? 1f : value);
        }
      }
      start[r + 1] = columns.size();
    }
    return new SparseRows(
        matrix.columnCount(), start, columns.toIntArray(), values.toFloatArray());
  }
}

package dev.tandem.recommend;

import dev.tandem.dataset.Transpose;
import java.util.Arrays;

/**
 * Positive interactions as compressed sparse rows: the columns of row r are {@code columns[start[r]
 * .. start[r+1])}, distinct, with their values alongside. Interaction rows (baskets or users ×
 * items, or the transpose) are ascending with positive values; a model may keep other rows in its
 * own order (neighbours best first). Immutable by convention: the arrays are shared, never modified
 * after construction.
 */
public record SparseRows(int columnCount, int[] start, int[] columns, float[] values) {

  public int rowCount() {
    return start.length - 1;
  }

  public int rowLength(int row) {
    return start[row + 1] - start[row];
  }

  public int nonZeroCount() {
    return columns.length;
  }

  /** The transpose, in two linear passes; its rows stay sorted. */
  public SparseRows transpose() {
    Transpose t = Transpose.of(columnCount, start, columns, values);
    return new SparseRows(rowCount(), t.pointers(), t.columns(), t.values());
  }

  /** A copy with every value set to 1 (incidence). */
  public SparseRows binary() {
    float[] ones = new float[values.length];
    Arrays.fill(ones, 1f);
    return new SparseRows(columnCount, start, columns, ones);
  }

  public long sizeInBytes() {
    return 4L * start.length + 4L * columns.length + 4L * values.length;
  }
}

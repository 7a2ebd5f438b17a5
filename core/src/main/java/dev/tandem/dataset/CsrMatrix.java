package dev.tandem.dataset;

import java.util.Arrays;

/**
 * A sparse matrix in compressed sparse row form: the columns of row r are {@code
 * columns[rowStart(r) .. rowEnd(r))}, sorted ascending and distinct, with their values alongside.
 */
public final class CsrMatrix {
  private final int columnCount;
  private final int[] rowPointers;
  private final int[] columns;
  private final float[] values;

  CsrMatrix(int columnCount, int[] rowPointers, int[] columns, float[] values) {
    this.columnCount = columnCount;
    this.rowPointers = rowPointers;
    this.columns = columns;
    this.values = values;
  }

  public int rowCount() {
    return rowPointers.length - 1;
  }

  public int columnCount() {
    return columnCount;
  }

  public int nonZeroCount() {
    return columns.length;
  }

  public int rowStart(int row) {
    return rowPointers[row];
  }

  public int rowEnd(int row) {
    return rowPointers[row + 1];
  }

  public int rowLength(int row) {
    return rowPointers[row + 1] - rowPointers[row];
  }

  public int columnAt(int position) {
    return columns[position];
  }

  public float valueAt(int position) {
    return values[position];
  }

  /** A copy of the columns of one row. */
  public int[] row(int row) {
    return Arrays.copyOfRange(columns, rowPointers[row], rowPointers[row + 1]);
  }

  /** The value at (row, column), or 0 when absent. */
  public float get(int row, int column) {
    int at = Arrays.binarySearch(columns, rowPointers[row], rowPointers[row + 1], column);
    return at >= 0 ? values[at] : 0f;
  }

  /** Approximate bytes held, for model-size reports. */
  public long sizeInBytes() {
    return 4L * rowPointers.length + 4L * columns.length + 4L * values.length;
  }

  /** The transpose (column × row), built in two linear passes; rows of the result stay sorted. */
  public CsrMatrix transpose() {
    Transpose t = Transpose.of(columnCount, rowPointers, columns, values);
    return new CsrMatrix(rowCount(), t.pointers(), t.columns(), t.values());
  }

  /** A hash of the shape, structure and values, for data fingerprints. */
  public long contentHash() {
    long hash = 1125899906842597L * 31 + columnCount;
    hash = 31 * hash + Arrays.hashCode(rowPointers);
    hash = 31 * hash + Arrays.hashCode(columns);
    return 31 * hash + Arrays.hashCode(values);
  }
}

package dev.tandem.dataset;

import java.util.Arrays;

/**
 * Growable (row, column, value) entries that become a {@link CsrMatrix}; duplicate cells are summed.
 * Primitive arrays throughout: building a snapshot of half a million events allocates a few arrays.
 */
final class Triplets {
  private int[] rows = new int[1024];
  private int[] columns = new int[1024];
  private float[] values = new float[1024];
  private int size;
  private long[] scratch = new long[0];

  void add(int row, int column, float value) {
    if (size == rows.length) {
      int capacity = size * 2;
      rows = Arrays.copyOf(rows, capacity);
      columns = Arrays.copyOf(columns, capacity);
      values = Arrays.copyOf(values, capacity);
    }
    rows[size] = row;
    columns[size] = column;
    values[size] = value;
    size++;
  }

  CsrMatrix toCsr(int rowCount, int columnCount) {
    int[] pointers = new int[rowCount + 1];
    for (int i = 0; i < size; i++) {
      pointers[rows[i] + 1]++;
    }
    for (int r = 0; r < rowCount; r++) {
      pointers[r + 1] += pointers[r];
    }
    int[] next = Arrays.copyOf(pointers, rowCount);
    int[] sortedColumns = new int[size];
    float[] sortedValues = new float[size];
    for (int i = 0; i < size; i++) {
      int at = next[rows[i]]++;
      sortedColumns[at] = columns[i];
      sortedValues[at] = values[i];
    }
    return mergeDuplicates(rowCount, columnCount, pointers, sortedColumns, sortedValues);
  }

  private CsrMatrix mergeDuplicates(
      int rowCount, int columnCount, int[] pointers, int[] columns, float[] values) {
    int[] mergedPointers = new int[rowCount + 1];
    int out = 0;
    for (int r = 0; r < rowCount; r++) {
      int start = pointers[r];
      int end = pointers[r + 1];
      sortRow(columns, values, start, end);
      for (int i = start; i < end; i++) {
        if (out > mergedPointers[r] && columns[out - 1] == columns[i]) {
          values[out - 1] += values[i];
        } else {
          columns[out] = columns[i];
          values[out] = values[i];
          out++;
        }
      }
      mergedPointers[r + 1] = out;
    }
    return new CsrMatrix(
        columnCount, mergedPointers, Arrays.copyOf(columns, out), Arrays.copyOf(values, out));
  }

  /**
   * Sorts one row by column: insertion sort for short rows; long rows are packed into one {@code
   * long} per cell (column in the high half, value bits in the low half) and sorted as primitives.
   */
  private void sortRow(int[] columns, float[] values, int start, int end) {
    if (end - start > 32) {
      sortLongRow(columns, values, start, end);
      return;
    }
    for (int i = start + 1; i < end; i++) {
      int column = columns[i];
      float value = values[i];
      int j = i - 1;
      while (j >= start && columns[j] > column) {
        columns[j + 1] = columns[j];
        values[j + 1] = values[j];
        j--;
      }
      columns[j + 1] = column;
      values[j + 1] = value;
    }
  }

  private void sortLongRow(int[] columns, float[] values, int start, int end) {
    int length = end - start;
    if (scratch.length < length) {
      scratch = new long[Math.max(length, scratch.length * 2)];
    }
    for (int i = 0; i < length; i++) {
      scratch[i] = ((long) columns[start + i] << 32)
          | (Float.floatToRawIntBits(values[start + i]) & 0xFFFF_FFFFL);
    }
    Arrays.sort(scratch, 0, length);
    for (int i = 0; i < length; i++) {
      columns[start + i] = (int) (scratch[i] >>> 32);
      values[start + i] = Float.intBitsToFloat((int) scratch[i]);
    }
  }
}

package dev.tandem.dataset;

import java.util.Arrays;

/**
 * The transpose of compressed sparse rows, in two linear passes; the transposed rows come out
 * sorted by their column (the original row). Shared by {@link CsrMatrix} and the models' own sparse
 * rows, so there is one way to do it.
 *
 * @param pointers row starts of the transpose, {@code columnCount + 1} of them
 * @param columns the original rows, row after row of the transpose
 * @param values the values alongside
 */
public record Transpose(int[] pointers, int[] columns, float[] values) {

  /** Transposes rows given by {@code pointers} over {@code columnCount} columns. */
  public static Transpose of(int columnCount, int[] pointers, int[] columns, float[] values) {
    int[] transposedPointers = new int[columnCount + 1];
    for (int column : columns) {
      transposedPointers[column + 1]++;
    }
    for (int c = 0; c < columnCount; c++) {
      transposedPointers[c + 1] += transposedPointers[c];
    }
    int[] next = Arrays.copyOf(transposedPointers, columnCount);
    int[] rows = new int[columns.length];
    float[] transposedValues = new float[columns.length];
    for (int r = 0; r + 1 < pointers.length; r++) {
      for (int p = pointers[r]; p < pointers[r + 1]; p++) {
        int at = next[columns[p]]++;
        rows[at] = r;
        transposedValues[at] = values[p];
      }
    }
    return new Transpose(transposedPointers, rows, transposedValues);
  }
}

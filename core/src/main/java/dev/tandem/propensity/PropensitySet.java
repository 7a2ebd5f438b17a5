package dev.tandem.propensity;

import java.util.List;

/**
 * Labelled rows for a propensity model: {@code rows} × {@code names.size()} features, row-major,
 * and a 0/1 label per row (1 = the shopper bought the item).
 */
public record PropensitySet(List<String> names, float[] features, byte[] labels) {
  public PropensitySet {
    names = List.copyOf(names);
    if (features.length != (long) labels.length * names.size()) {
      throw new IllegalArgumentException("features hold " + features.length + " values, expected "
          + labels.length + " rows × " + names.size() + " columns");
    }
  }

  public int rows() {
    return labels.length;
  }

  public int width() {
    return names.size();
  }

  public float value(int row, int column) {
    return features[row * names.size() + column];
  }

  public int label(int row) {
    return labels[row];
  }

  public int positives() {
    int n = 0;
    for (byte label : labels) {
      n += label;
    }
    return n;
  }

  /** The same rows with only the given columns. */
  public PropensitySet select(int... columns) {
    float[] out = new float[rows() * columns.length];
    for (int r = 0; r < rows(); r++) {
      for (int c = 0; c < columns.length; c++) {
        out[r * columns.length + c] = value(r, columns[c]);
      }
    }
    List<String> selected = java.util.Arrays.stream(columns).mapToObj(names::get).toList();
    return new PropensitySet(selected, out, labels);
  }
}

package dev.tandem.ingest;

/** Reading text values from a row, with the rejection reasons shared by every preset. */
final class Fields {
  private Fields() {}

  /** The trimmed value; a missing or blank one rejects the row. */
  static String required(RowReader row, int column, String field) throws Rejected {
    String value = row.value(column);
    if (value == null || value.isBlank()) {
      throw new Rejected(field, "missing value", field + " is empty");
    }
    return value.trim();
  }

  /** The trimmed value, or null when missing or blank. */
  static String optional(RowReader row, int column) {
    String value = column < 0 ? null : row.value(column);
    return value == null || value.isBlank() ? null : value.trim();
  }
}

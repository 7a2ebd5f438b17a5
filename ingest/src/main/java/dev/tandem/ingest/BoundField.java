package dev.tandem.ingest;

import java.util.ArrayList;
import java.util.List;

/** A mapping field tied to the columns of one source: reads its text from a row. */
final class BoundField {
  private final ColumnMapping.Field field;
  private final String label;
  private final int[] handles;

  private BoundField(ColumnMapping.Field field, String label, int[] handles) {
    this.field = field;
    this.label = label;
    this.handles = handles;
  }

  /** Binds the field to the source's columns, or null when the mapping does not give it. */
  static BoundField bind(ColumnMapping.Field field, RowReader rows) throws SourceException {
    if (field == null) {
      return null;
    }
    List<String> names = field.column() != null ? List.of(field.column()) : field.columns();
    int[] handles = Columns.require(rows, names.toArray(new String[0]));
    String label = field.constant() != null ? "" : String.join("+", names);
    return new BoundField(field, label, handles);
  }

  ColumnMapping.Field spec() {
    return field;
  }

  /** The column(s) the value comes from, for the rejects file. */
  String label() {
    return label;
  }

  /** The trimmed text, or null when blank or missing. */
  String text(RowReader row) {
    if (field.constant() != null) {
      return field.constant();
    }
    if (handles.length == 1) {
      return Fields.optional(row, handles[0]);
    }
    List<String> parts = new ArrayList<>(handles.length);
    for (int handle : handles) {
      String part = Fields.optional(row, handle);
      if (part == null) {
        return null;
      }
      parts.add(part);
    }
    return String.join("/", parts);
  }

  String required(RowReader row) throws Rejected {
    String text = text(row);
    if (text == null) {
      throw new Rejected(label, "missing value", label + " is empty");
    }
    return text;
  }

  Double decimal(RowReader row) throws Rejected {
    String text = text(row);
    return text == null ? null : Numbers.decimal(text, label);
  }

  Integer integer(RowReader row) throws Rejected {
    String text = text(row);
    return text == null ? null : Numbers.integer(text, label);
  }
}

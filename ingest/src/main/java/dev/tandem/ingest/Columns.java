package dev.tandem.ingest;

import java.util.ArrayList;
import java.util.List;

/** Column handles of a source, looked up once by name; missing required columns fail the import. */
final class Columns {
  private Columns() {}

  static int[] require(RowReader rows, String... names) throws SourceException {
    int[] handles = new int[names.length];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      handles[i] = rows.column(names[i]);
      if (handles[i] < 0) {
        missing.add(names[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw new SourceException(rows.fileName() + " has no column " + String.join(", ", missing)
          + "; its columns are: " + String.join(", ", rows.columns()));
    }
    return handles;
  }
}

package dev.tandem.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Rows of one source file, one at a time; the reader is the current row. A row that cannot be read
 * (bad encoding, bad quoting, too long ...) is still a row: it has a {@link #problem()}.
 */
interface RowReader extends Closeable {

  /** The file name, for the rejects file. */
  String fileName();

  /** A handle for a column by name, or -1 when the source has no such column. */
  int column(String name);

  /** The columns the source is known to have, for messages. */
  List<String> columns();

  /** Moves to the next row; false at the end. */
  boolean next() throws IOException;

  /** The line the row starts on (1 is the first line of the file). */
  long line();

  /** The value of a column in this row; null when the row has none. */
  String value(int column);

  /** Why this row cannot be read at all, or null. */
  Problem problem();

  /** The row as read, cut to about 500 characters, for the rejects file. */
  String raw();
}

package dev.tandem.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * Reads a range of events from PostgreSQL with {@code COPY (select ...) TO STDOUT (FORMAT binary)}
 * and parses the binary rows directly ({@link BinaryCopyInput}): no text decoding of numbers, and
 * ids taken as bytes. Inside the read transaction sequential and bitmap scans are turned off, so
 * that each range is read through the primary key's index even when the planner has no statistics
 * on a freshly imported table (a sequential scan per range would read the whole table each time).
 */
final class CopyEventRanges implements EventRanges {
  private static final int FIELDS = 7;

  @Override
  public EventChunk read(Connection connection, long after, long upTo) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement settings = connection.createStatement()) {
      settings.execute("set local enable_seqscan = off");
      settings.execute("set local enable_bitmapscan = off");
    }
    String copy = "copy (select " + EventChunk.COLUMNS + " from events where seq > " + after
        + " and seq <= " + upTo + " order by seq) to stdout (format binary)";
    EventChunk chunk = new EventChunk();
    try (InputStream in = new PGCopyInputStream(connection.unwrap(PGConnection.class), copy)) {
      BinaryCopyInput rows = new BinaryCopyInput(in);
      while (rows.nextRow(FIELDS)) {
        add(rows, chunk);
      }
      while (in.read() >= 0) {
        // past the end marker: let the driver see the end of the COPY before the commit
      }
    } catch (IOException e) {
      throw new SQLException("cannot read the binary COPY of events " + after + ".." + upTo, e);
    }
    connection.commit();
    return chunk;
  }

  private static void add(BinaryCopyInput rows, EventChunk chunk) throws IOException {
    boolean present = rows.field();
    chunk.user(present ? rows.bytes() : null, rows.start(), rows.length());
    rows.field();
    chunk.item(rows.bytes(), rows.start(), rows.length());
    present = rows.field();
    chunk.order(present ? rows.bytes() : null, rows.start(), rows.length());
    rows.field();
    int type = rows.intValue();
    rows.field();
    int quantity = rows.intValue();
    double price = rows.field() ? rows.doubleValue() : Double.NaN;
    rows.field();
    chunk.rest(type, quantity, price, rows.longValue());
  }
}

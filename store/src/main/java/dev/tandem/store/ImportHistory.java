package dev.tandem.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code imports} table: one row per import run. */
final class ImportHistory {
  private ImportHistory() {}

  static void add(Connection connection, ImportRecord record) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into imports (id, source, format, started_at, rows_read, accepted, rejected,"
                + " events_added, rejects_by_reason, rejects_file)"
                + " values ((select coalesce(max(id), 0) + 1 from imports), ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, record.source());
      insert.setString(2, record.format());
      insert.setLong(3, record.startedAt().toEpochMilli());
      insert.setLong(4, record.rowsRead());
      insert.setLong(5, record.accepted());
      insert.setLong(6, record.rejected());
      insert.setLong(7, record.eventsAdded());
      insert.setString(8, Json.write(record.rejectsByReason()));
      insert.setString(9, record.rejectsFile());
      insert.executeUpdate();
    }
  }

  static List<ImportRecord> latest(Connection connection, int limit) throws SQLException {
    List<ImportRecord> records = new ArrayList<>();
    try (Statement select = connection.createStatement();
        ResultSet rows =
            select.executeQuery(
                "select source, format, started_at, rows_read, accepted, rejected, events_added,"
                    + " rejects_by_reason, rejects_file from imports order by id desc limit "
                    + Math.max(0, limit))) {
      while (rows.next()) {
        records.add(
            new ImportRecord(
                rows.getString(1),
                rows.getString(2),
                Instant.ofEpochMilli(rows.getLong(3)),
                rows.getLong(4),
                rows.getLong(5),
                rows.getLong(6),
                rows.getLong(7),
                Json.counts(rows.getString(8)),
                rows.getString(9)));
      }
    }
    return records;
  }
}

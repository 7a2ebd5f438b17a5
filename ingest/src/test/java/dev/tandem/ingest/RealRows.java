package dev.tandem.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The first lines of the bundled Online Retail file, to build test files from real rows. */
final class RealRows {
  private RealRows() {}

  /** The header and the first {@code rows} data lines. */
  static List<String> firstLines(int rows) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(TestData.onlineRetail())),
        StandardCharsets.UTF_8))) {
      for (int i = 0; i <= rows; i++) {
        lines.add(in.readLine());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** Reads a rejects file back as rows of (line, field, reason). */
  static List<String> rejects(Path file) throws IOException {
    List<String> rows = new ArrayList<>();
    try (CsvRows csv = new CsvRows("rejects", Files.newInputStream(file), ',')) {
      while (csv.next()) {
        rows.add(csv.value(1) + " " + csv.value(2) + ": " + csv.value(3));
      }
    }
    return rows;
  }
}

package dev.tandem.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Rows of a CSV file whose first line names the columns. */
final class CsvRows implements RowReader {
  private final String fileName;
  private final InputStream in;
  private final RecordScanner scanner;
  private final List<String> header;
  private Problem problem;

  CsvRows(String fileName, InputStream in, char delimiter) throws IOException {
    this.fileName = fileName;
    this.in = in;
    this.scanner = new RecordScanner(in, delimiter, true);
    this.header = readHeader();
  }

  private List<String> readHeader() throws IOException {
    if (!scanner.next()) {
      throw new SourceException(fileName + " is empty: expected a header row naming the columns");
    }
    if (scanner.problem() != null) {
      throw new SourceException(
          fileName + ": the header row cannot be read: " + scanner.problem().detail());
    }
    List<String> names = new ArrayList<>(scanner.fieldCount());
    for (int i = 0; i < scanner.fieldCount(); i++) {
      String name = scanner.field(i).trim();
      names.add(i == 0 && name.startsWith("\uFEFF") ? name.substring(1) : name);
    }
    return List.copyOf(names);
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public int column(String name) {
    return header.indexOf(name);
  }

  @Override
  public List<String> columns() {
    return header;
  }

  @Override
  public boolean next() throws IOException {
    if (!scanner.next()) {
      return false;
    }
    problem = scanner.problem();
    if (problem != null) {
      problem = new Problem(fieldName(scanner.problemField()), problem.reason(), problem.detail());
    } else if (scanner.fieldCount() != header.size()) {
      problem = new Problem("", "wrong column count",
          "expected " + header.size() + " fields, found " + scanner.fieldCount());
    }
    return true;
  }

  private String fieldName(int index) {
    return index >= 0 && index < header.size() ? header.get(index) : "";
  }

  @Override
  public long line() {
    return scanner.line();
  }

  @Override
  public String value(int column) {
    return column < 0 || column >= scanner.fieldCount() ? null : scanner.field(column);
  }

  @Override
  public Problem problem() {
    return problem;
  }

  @Override
  public String raw() {
    return scanner.raw();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

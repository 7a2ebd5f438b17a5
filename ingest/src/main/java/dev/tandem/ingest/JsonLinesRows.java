package dev.tandem.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Rows of a JSON Lines file: one JSON object a line; columns are its top-level keys. */
final class JsonLinesRows implements RowReader {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private final String fileName;
  private final InputStream in;
  private final RecordScanner scanner;
  private final List<String> keys = new ArrayList<>();
  private JsonNode object;
  private Problem problem;
  private boolean started;

  JsonLinesRows(String fileName, InputStream in) throws IOException {
    this.fileName = fileName;
    this.in = in;
    this.scanner = new RecordScanner(in, -1, false);
  }

  @Override
  public String fileName() {
    return fileName;
  }

  /** Any key can be asked for before the first row; absent keys read as null. */
  @Override
  public int column(String name) {
    int index = keys.indexOf(name);
    if (index >= 0 || started) {
      return index;
    }
    keys.add(name);
    return keys.size() - 1;
  }

  @Override
  public List<String> columns() {
    return List.copyOf(keys);
  }

  @Override
  public boolean next() throws IOException {
    started = true;
    object = null;
    if (!scanner.next()) {
      return false;
    }
    problem = scanner.problem();
    if (problem != null) {
      problem = new Problem("", problem.reason(), problem.detail());
    } else {
      parse(scanner.field(0));
    }
    return true;
  }

  private void parse(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node != null && node.isObject()) {
        object = node;
      } else {
        problem = new Problem("", "bad json", "each line must be one JSON object {...}");
      }
    } catch (JacksonException e) {
      problem = new Problem("", "bad json", e.getOriginalMessage());
    }
  }

  @Override
  public long line() {
    return scanner.line();
  }

  @Override
  public String value(int column) {
    if (object == null || column < 0) {
      return null;
    }
    JsonNode node = object.get(keys.get(column));
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isString()) {
      return node.stringValue();
    }
    return node.isValueNode() ? node.asString() : node.toString();
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

package dev.tandem.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a command prints rows of results: an aligned table for people, CSV for spreadsheets, JSON
 * for programs. Rows are ordered maps from column name to value; every row has the same columns.
 */
enum OutputFormat {
  TABLE,
  CSV,
  JSON;

  private static final JsonMapper JSON_MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  void print(List<Map<String, Object>> rows, PrintWriter out) {
    switch (this) {
      case TABLE -> table(rows, out);
      case CSV -> csv(rows, out);
      case JSON -> out.println(JSON_MAPPER.writeValueAsString(rows));
    }
    out.flush();
  }

  /** Any value (maps, lists, numbers, text) as indented JSON. */
  static void printJson(Object value, PrintWriter out) {
    out.println(JSON_MAPPER.writeValueAsString(value));
    out.flush();
  }

  /** A row builder that keeps the column order. */
  static Map<String, Object> row() {
    return new LinkedHashMap<>();
  }

  /** An amount of money to two decimals (a number in JSON), or null (blank) when unknown. */
  static java.math.BigDecimal money(double amount) {
    return Double.isFinite(amount)
        ? java.math.BigDecimal.valueOf(amount).setScale(2, java.math.RoundingMode.HALF_UP)
        : null;
  }

  private static void table(List<Map<String, Object>> rows, PrintWriter out) {
    if (rows.isEmpty()) {
      out.println("(none)");
      return;
    }
    List<String> columns = new ArrayList<>(rows.get(0).keySet());
    int[] widths = new int[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = columns.get(c).length();
      for (Map<String, Object> row : rows) {
        widths[c] = Math.max(widths[c], text(row.get(columns.get(c))).length());
      }
    }
    printLine(columns.stream().map(Object.class::cast).toList(), widths, out);
    for (Map<String, Object> row : rows) {
      printLine(columns.stream().map(row::get).toList(), widths, out);
    }
  }

  private static void printLine(List<Object> values, int[] widths, PrintWriter out) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      Object value = values.get(c);
      String text = text(value);
      boolean number = value instanceof Number;
      String padded = number ? " ".repeat(widths[c] - text.length()) + text
          : text + " ".repeat(widths[c] - text.length());
      line.append(c == 0 ? "" : "  ").append(padded);
    }
    out.println(line.toString().stripTrailing());
  }

  private static void csv(List<Map<String, Object>> rows, PrintWriter out) {
    if (rows.isEmpty()) {
      return;
    }
    out.println(String.join(",", rows.get(0).keySet().stream().map(OutputFormat::quote).toList()));
    for (Map<String, Object> row : rows) {
      out.println(String.join(",", row.values().stream().map(v -> quote(text(v))).toList()));
    }
  }

  private static String quote(String value) {
    boolean plain = value.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
    return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      if (d.isNaN()) {
        return "";
      }
      if (d.isInfinite()) {
        return "inf";
      }
      return String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%.1f" : "%.4g", d);
    }
    return value.toString();
  }
}

package dev.tandem.ingest;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads the parts of a mapping's JSON tree: sections and fields, each checked with its place. */
final class MappingNodes {
  private static final Set<String> FIELD_KEYS = Set.of("column", "columns", "constant",
      "occurrence", "format", "zone", "separator", "values");

  private MappingNodes() {}

  static ColumnMapping.Section section(
      JsonNode node, String name, List<String> known, List<String> required) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("\"" + name + "\" must be an object of fields");
    }
    Set<String> allowed = new LinkedHashSet<>(known);
    allowed.add("file");
    allowed.add("attributes");
    onlyKeys(node, allowed, "\"" + name + "\"");
    Map<String, ColumnMapping.Field> fields = new LinkedHashMap<>();
    for (String field : known) {
      if (node.has(field)) {
        fields.put(field, field(node.get(field), name + "." + field));
      }
    }
    for (String field : required) {
      if (!fields.containsKey(field)) {
        throw new IllegalArgumentException(name + "." + field
            + " is required: name the column that gives it, e.g. \"" + field + "\": \"my_column\"");
      }
    }
    return new ColumnMapping.Section(
        text(node, "file", null), fields, attributes(node.get("attributes"), name));
  }

  private static Map<String, ColumnMapping.Field> attributes(JsonNode node, String section) {
    Map<String, ColumnMapping.Field> attributes = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return attributes;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          section + ".attributes must be an object: { \"attribute name\": \"column\", ... }");
    }
    for (var entry : node.properties()) {
      attributes.put(entry.getKey(),
          field(entry.getValue(), section + ".attributes." + entry.getKey()));
    }
    return attributes;
  }

  static ColumnMapping.Field field(JsonNode node, String where) {
    if (node.isString()) {
      return ColumnMapping.Field.column(node.stringValue());
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(where
          + " must be a column name (\"my_column\") or an object such as {\"column\": \"c\"}");
    }
    onlyKeys(node, FIELD_KEYS, where);
    ColumnMapping.Field field = new ColumnMapping.Field(text(node, "column", null),
        columns(node.get("columns"), where), text(node, "constant", null),
        node.has("occurrence") && node.get("occurrence").asBoolean(), text(node, "format", null),
        text(node, "zone", null), text(node, "separator", null), values(node.get("values"), where));
    int sources = (field.column() != null ? 1 : 0) + (field.columns().isEmpty() ? 0 : 1)
        + (field.constant() != null ? 1 : 0);
    if (sources != 1) {
      throw new IllegalArgumentException(
          where + " needs exactly one of \"column\", \"columns\" or \"constant\"");
    }
    checkTime(field, where);
    return field;
  }

  private static void checkTime(ColumnMapping.Field field, String where) {
    if (field.zone() != null) {
      MappingFile.zone(field.zone(), where + ".zone");
    }
    if (field.format() != null) {
      try {
        new TimeFormat(field.format(), ZoneOffset.UTC);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ".format: " + e.getMessage(), e);
      }
    }
  }

  private static List<String> columns(JsonNode node, String where) {
    List<String> columns = new ArrayList<>();
    if (node == null) {
      return columns;
    }
    if (!node.isArray() || node.isEmpty()) {
      throw new IllegalArgumentException(where + ".columns must be a list of column names");
    }
    node.values().forEach(value -> columns.add(value.asString()));
    return columns;
  }

  private static Map<String, String> values(JsonNode node, String where) {
    Map<String, String> values = new LinkedHashMap<>();
    if (node == null) {
      return values;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          where + ".values must be an object: { \"their word\": \"our word\", ... }");
    }
    node.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asString()));
    return values;
  }

  static void onlyKeys(JsonNode node, Set<String> allowed, String where) {
    for (String key : node.propertyNames()) {
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException(where + " has an unknown key \"" + key
            + "\"; known keys: " + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
  }

  static String text(JsonNode node, String key, String fallback) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isValueNode()) {
      throw new IllegalArgumentException("\"" + key + "\" must be a text value");
    }
    return value.asString();
  }
}

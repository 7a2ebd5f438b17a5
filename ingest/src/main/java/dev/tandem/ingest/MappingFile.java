package dev.tandem.ingest;

import dev.tandem.shop.EventType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a {@link ColumnMapping} from a JSON file (see {@code docs/import-mapping.md}). Every
 * mistake is an {@link IllegalArgumentException} that names the file, the place and what to write.
 */
public final class MappingFile {
  private static final Set<String> TOP =
      Set.of("format", "delimiter", "currency", "timeZone", "events", "items", "users");

  private MappingFile() {}

  public static ColumnMapping load(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      throw new IllegalArgumentException("mapping file " + file + " does not exist");
    }
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(file);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("mapping file " + file + " is not valid JSON: "
          + e.getOriginalMessage() + " (" + location(e) + ")", e);
    }
    try {
      return parse(root);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("mapping file " + file + ": " + e.getMessage(), e);
    }
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null ? "unknown place"
        : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }

  /** Reads a mapping from its JSON tree. */
  static ColumnMapping parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected a JSON object { \"events\": {...}, ... }");
    }
    MappingNodes.onlyKeys(root, TOP, "the top level");
    ColumnMapping mapping = new ColumnMapping(format(root), delimiter(root),
        currency(root), zone(MappingNodes.text(root, "timeZone", "UTC"), "timeZone"),
        section(root, "events", ColumnMapping.EVENT_FIELDS, List.of("id", "type", "item", "time")),
        section(root, "items", ColumnMapping.ITEM_FIELDS, List.of("id", "price")),
        section(root, "users", ColumnMapping.USER_FIELDS, List.of("id")));
    if (mapping.events() == null && mapping.items() == null && mapping.users() == null) {
      throw new IllegalArgumentException(
          "nothing to import: give at least one of \"events\", \"items\", \"users\"");
    }
    checkEventType(mapping.events());
    return mapping;
  }

  private static String format(JsonNode root) {
    String format = MappingNodes.text(root, "format", null);
    if (format != null && !format.equals("csv") && !format.equals("jsonl")) {
      throw new IllegalArgumentException(
          "\"format\" is '" + format + "'; write \"csv\" or \"jsonl\" (or leave it out)");
    }
    return format;
  }

  private static char delimiter(JsonNode root) {
    String delimiter = MappingNodes.text(root, "delimiter", ",");
    if (delimiter.equals("\\t") || delimiter.equals("tab")) {
      return '\t';
    }
    if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) > 127) {
      throw new IllegalArgumentException("\"delimiter\" must be one ASCII character such as \",\""
          + " or \";\" (\"\\t\" for tab), was '" + delimiter + "'");
    }
    return delimiter.charAt(0);
  }

  private static String currency(JsonNode root) {
    String currency = MappingNodes.text(root, "currency", null);
    if (currency != null && !currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "\"currency\" must be an ISO 4217 code such as \"EUR\", was '" + currency + "'");
    }
    return currency;
  }

  static ZoneId zone(String zone, String where) {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(where + ": '" + zone
          + "' is not a time zone; write a region such as \"Europe/Berlin\" or \"UTC\"", e);
    }
  }

  private static ColumnMapping.Section section(
      JsonNode root, String name, List<String> known, List<String> required) {
    JsonNode node = root.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    return MappingNodes.section(node, name, known, required);
  }

  private static void checkEventType(ColumnMapping.Section events) {
    if (events == null) {
      return;
    }
    ColumnMapping.Field type = events.field("type");
    if (type.constant() != null) {
      requireEventType(type.constant(), "events.type");
    }
    type.values().forEach((theirs, ours) -> requireEventType(ours, "events.type.values." + theirs));
  }

  private static void requireEventType(String name, String where) {
    if (EventType.fromWireName(name).isEmpty()) {
      throw new IllegalArgumentException(where + ": '" + name + "' is not an event type; use one of: "
          + EventType.wireNames());
    }
  }
}

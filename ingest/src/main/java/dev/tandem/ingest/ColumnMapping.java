package dev.tandem.ingest;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A declarative description of a shop's own export: which file and column gives each field of
 * events, items and users. Usually loaded from JSON with {@link MappingFile#load}; the format is
 * documented in {@code docs/import-mapping.md}.
 *
 * @param format {@code csv}, {@code jsonl}, or null to tell by file name and content
 * @param delimiter the CSV field separator
 * @param currency the currency of item prices when no column gives one
 * @param zone the time zone of times written without an offset
 * @param events how rows become events, or null
 * @param items how rows become items, or null
 * @param users how rows become users, or null
 */
public record ColumnMapping(
    String format,
    char delimiter,
    String currency,
    ZoneId zone,
    Section events,
    Section items,
    Section users) {

  public static final List<String> EVENT_FIELDS = List.of("id", "type", "user", "session", "order",
      "item", "quantity", "unitPrice", "rating", "time", "recommendation");
  public static final List<String> ITEM_FIELDS =
      List.of("id", "title", "category", "brand", "price", "currency", "cost", "stock");
  public static final List<String> USER_FIELDS = List.of("id");

  /**
   * One kind of record.
   *
   * @param file the file to read, relative to the source directory (or to the directory of the
   *     source file); null to read the source file itself
   * @param fields the record's fields by name ({@link #EVENT_FIELDS} ...)
   * @param attributes free attributes: attribute name to field
   */
  public record Section(String file, Map<String, Field> fields, Map<String, Field> attributes) {
    public Section {
      fields = Map.copyOf(fields);
      attributes = Map.copyOf(attributes);
    }

    public Field field(String name) {
      return fields.get(name);
    }
  }

  /**
   * Where a value comes from: one column, several columns joined with {@code /}, or a constant.
   *
   * @param column a column name (a top-level key for JSON Lines), or null
   * @param columns columns whose values are joined with {@code /}, or empty
   * @param constant a value used for every row, or null
   * @param occurrence append {@code /n}, the occurrence of the value in file order (for ids)
   * @param format for times: iso, epoch-seconds, epoch-millis or a pattern; null for iso
   * @param zone for times without an offset; null for the mapping's zone
   * @param separator for a category path written in one column, such as {@code " > "}; or null
   * @param values translations of the shop's words into ours (event types: {@code buy →
   *     purchase})
   */
  public record Field(
      String column,
      List<String> columns,
      String constant,
      boolean occurrence,
      String format,
      String zone,
      String separator,
      Map<String, String> values) {
    public Field {
      columns = List.copyOf(columns);
      values = Map.copyOf(values);
    }

    public static Field column(String name) {
      return new Field(name, List.of(), null, false, null, null, null, Map.of());
    }

    public static Field constant(String value) {
      return new Field(null, List.of(), value, false, null, null, null, Map.of());
    }
  }
}

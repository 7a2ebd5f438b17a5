package dev.tandem.ingest;

import dev.tandem.shop.User;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns rows into users as a mapping's {@code users} section says. */
final class UserRows {
  private final BoundField id;
  private final Map<String, BoundField> attributes = new LinkedHashMap<>();

  UserRows(ColumnMapping.Section section, RowReader rows) throws SourceException {
    this.id = BoundField.bind(section.field("id"), rows);
    for (var entry : section.attributes().entrySet()) {
      attributes.put(entry.getKey(), BoundField.bind(entry.getValue(), rows));
    }
  }

  /** The user of the row, or null when the id is blank and {@code optional}. */
  User read(RowReader row, boolean optional) throws Rejected {
    String userId = optional ? id.text(row) : id.required(row);
    if (userId == null) {
      return null;
    }
    Map<String, String> values = new HashMap<>();
    attributes.forEach((name, field) -> {
      String value = field.text(row);
      if (value != null) {
        values.put(name, value);
      }
    });
    return new User(userId, values);
  }
}

package dev.tandem.ingest;

import dev.tandem.shop.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns rows into items as a mapping's {@code items} section says. */
final class ItemRows {
  private final BoundField id;
  private final BoundField title;
  private final BoundField category;
  private final BoundField brand;
  private final BoundField price;
  private final BoundField currency;
  private final BoundField cost;
  private final BoundField stock;
  private final Map<String, BoundField> attributes = new LinkedHashMap<>();
  private final String defaultCurrency;

  ItemRows(ColumnMapping.Section section, String defaultCurrency, RowReader rows)
      throws SourceException {
    this.id = BoundField.bind(section.field("id"), rows);
    this.title = BoundField.bind(section.field("title"), rows);
    this.category = BoundField.bind(section.field("category"), rows);
    this.brand = BoundField.bind(section.field("brand"), rows);
    this.price = BoundField.bind(section.field("price"), rows);
    this.currency = BoundField.bind(section.field("currency"), rows);
    this.cost = BoundField.bind(section.field("cost"), rows);
    this.stock = BoundField.bind(section.field("stock"), rows);
    for (var entry : section.attributes().entrySet()) {
      attributes.put(entry.getKey(), BoundField.bind(entry.getValue(), rows));
    }
    this.defaultCurrency = defaultCurrency;
  }

  Item read(RowReader row) throws Rejected {
    String itemId = id.required(row);
    Double listPrice = price.decimal(row);
    if (listPrice == null) {
      throw new Rejected(price.label(), "missing value", "the item has no price");
    }
    if (!(listPrice > 0)) {
      throw new Rejected(price.label(), "non-positive price", "price " + listPrice);
    }
    Double unitCost = cost == null ? null : cost.decimal(row);
    if (unitCost != null && unitCost < 0) {
      throw new Rejected(cost.label(), "negative cost", "cost " + unitCost);
    }
    return new Item(itemId, text(title, row), path(row), text(brand, row), listPrice,
        currency(row), unitCost, stock == null ? null : stock.integer(row), attributes(row));
  }

  private static String text(BoundField field, RowReader row) {
    return field == null ? null : field.text(row);
  }

  private String currency(RowReader row) throws Rejected {
    String code = currency == null ? null : currency.text(row);
    code = code != null ? code : defaultCurrency;
    if (code == null || code.length() != 3 || !isUpperLetters(code)) {
      String where = currency == null ? "currency" : currency.label();
      throw new Rejected(where, "bad currency",
          "'" + code + "' is not a currency code such as EUR (set \"currency\" in the mapping)");
    }
    return code;
  }

  private static boolean isUpperLetters(String code) {
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') {
        return false;
      }
    }
    return true;
  }

  private List<String> path(RowReader row) {
    String text = text(category, row);
    if (text == null) {
      return List.of();
    }
    String separator = category.spec().separator();
    if (separator == null || separator.isEmpty()) {
      return List.of(text);
    }
    List<String> parts = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int at = text.indexOf(separator, from);
      String part = text.substring(from, at < 0 ? text.length() : at).trim();
      if (!part.isEmpty()) {
        parts.add(part);
      }
      from = at < 0 ? text.length() + 1 : at + separator.length();
    }
    return parts;
  }

  private Map<String, String> attributes(RowReader row) {
    Map<String, String> values = new HashMap<>();
    attributes.forEach((name, field) -> {
      String value = field.text(row);
      if (value != null) {
        values.put(name, value);
      }
    });
    return values;
  }
}

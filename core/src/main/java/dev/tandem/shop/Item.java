package dev.tandem.shop;

import java.util.List;
import java.util.Map;

/**
 * A product of the catalog.
 *
 * @param id the shop's own id (SKU, stock code), never blank
 * @param title the display name; may be empty when the shop gave none
 * @param categoryPath from the broadest category to the narrowest; empty when the catalog has none
 * @param brand may be null
 * @param price the list price per unit, positive and finite
 * @param currency ISO 4217 code, for example {@code GBP}
 * @param cost the unit cost, for margins; null when unknown
 * @param stock units in stock; null when the shop does not track stock
 * @param attributes any further attributes of the shop's own, by name
 */
public record Item(
    String id,
    String title,
    List<String> categoryPath,
    String brand,
    double price,
    String currency,
    Double cost,
    Integer stock,
    Map<String, String> attributes) {

  public Item {
    Require.id("item id", id);
    title = title == null ? "" : title;
    categoryPath = List.copyOf(categoryPath == null ? List.of() : categoryPath);
    Require.positive("price of item " + id, price);
    Require.currency(currency);
    if (cost != null) {
      Require.nonNegative("cost of item " + id, cost);
    }
    attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
  }

  /** An item with only the fields every catalog has. */
  public static Item of(String id, String title, double price, String currency) {
    return new Item(id, title, List.of(), null, price, currency, null, null, Map.of());
  }

  /** The category path joined with {@code " > "}, or empty. */
  public String category() {
    return String.join(" > ", categoryPath);
  }
}

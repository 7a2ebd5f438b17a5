package dev.tandem.ingest;

import dev.tandem.shop.Event;
import dev.tandem.shop.Item;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Olist Brazilian e-commerce, a directory of its CSV tables (gzip or not): the category
 * translation, the products and the order items. Each order item is one purchase of one unit (the
 * order is its order; no user, as the customer table is not part of it; the time is its shipping
 * limit date, a rough stand-in, read in America/Sao_Paulo). Each product becomes an item with the
 * English category and, as list price, the most frequent price of its order items (ties: the
 * lower). A product never ordered has no price and is rejected ("never sold").
 */
final class OlistPreset extends Preset {
  static final String NAME = "olist";
  static final String CURRENCY = "BRL";
  static final String TRANSLATION = "product_category_name_translation.csv";
  static final String PRODUCTS = "olist_products_dataset.csv";
  static final String ORDER_ITEMS = "olist_order_items_dataset.csv";
  static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  void read(Path source, Intake intake) throws IOException {
    if (!Files.isDirectory(source)) {
      throw new SourceException(NAME + " reads a directory holding " + TRANSLATION + ", " + PRODUCTS
          + " and " + ORDER_ITEMS + " (each may be gzipped); " + source + " is not a directory");
    }
    Map<String, String> english = translation(find(source, TRANSLATION), intake);
    Products products = new Products(english);
    TimeFormat time = new TimeFormat(TimeFormat.SQL, ZONE);
    try (RowReader rows = intake.openCsv(find(source, PRODUCTS), ',')) {
      int[] c = Columns.require(rows, "product_id", "product_category_name");
      intake.readAll(rows, row -> products.add(row, c, intake));
    }
    try (RowReader rows = intake.openCsv(find(source, ORDER_ITEMS), ',')) {
      int[] c = Columns.require(rows, "order_id", "order_item_id", "product_id",
          "shipping_limit_date", "price");
      intake.readAll(rows, row -> orderItem(row, c, products, time, intake));
    }
    products.finish(intake);
  }

  @Override
  long totalBytes(Path source) {
    long total = 0;
    for (String name : new String[] {TRANSLATION, PRODUCTS, ORDER_ITEMS}) {
      try {
        total += size(find(source, name));
      } catch (SourceException e) {
        // reported when read
      }
    }
    return total;
  }

  static Path find(Path directory, String name) throws SourceException {
    for (String candidate : new String[] {name, name + ".gz"}) {
      if (Files.isRegularFile(directory.resolve(candidate))) {
        return directory.resolve(candidate);
      }
    }
    throw new SourceException("olist: " + directory + " holds no " + name + " (nor " + name
        + ".gz)");
  }

  private static Map<String, String> translation(Path file, Intake intake) throws IOException {
    Map<String, String> english = new HashMap<>();
    try (RowReader rows = intake.openCsv(file, ',')) {
      int[] c = Columns.require(rows, "product_category_name", "product_category_name_english");
      intake.readAll(rows, row -> english.put(
          Fields.required(row, c[0], "product_category_name"),
          Fields.required(row, c[1], "product_category_name_english")));
    }
    return english;
  }

  private static void orderItem(
      RowReader row, int[] c, Products products, TimeFormat times, Intake intake) throws Rejected {
    String order = Fields.required(row, c[0], "order_id");
    String line = Fields.required(row, c[1], "order_item_id");
    String product = Fields.required(row, c[2], "product_id");
    var time = times.parse(row.value(c[3]), "shipping_limit_date");
    double price = Numbers.decimal(row.value(c[4]), "price");
    if (!(price > 0)) {
      throw new Rejected("price", "non-positive price", "price " + price);
    }
    Tally tally = products.tally(product);
    Event event = Event.purchase(order + '/' + line, null, order, product, 1, price, time);
    intake.event(event);
    tally.price(price);
  }

  /** Products as read, waiting for their prices from the order items. */
  private static final class Products {
    private final Map<String, String> english;
    private final Map<String, Product> byId = new LinkedHashMap<>();

    Products(Map<String, String> english) {
      this.english = english;
    }

    void add(RowReader row, int[] c, Intake intake) throws Rejected {
      String id = Fields.required(row, c[0], "product_id");
      String category = row.value(c[1]) == null ? "" : row.value(c[1]).trim();
      if (byId.containsKey(id)) {
        throw new Rejected("product_id", "duplicate id", "product " + id + " appears twice");
      }
      byId.put(id, new Product(row.fileName(), row.line(), row.raw(),
          english.getOrDefault(category, category), new Tally()));
      intake.defer();
    }

    Tally tally(String id) throws Rejected {
      Product product = byId.get(id);
      if (product == null) {
        throw new Rejected("product_id", "unknown item", "no product " + id);
      }
      return product.prices();
    }

    void finish(Intake intake) {
      List<Item> items = new ArrayList<>();
      byId.forEach((id, product) -> {
        if (product.prices().hasPrice()) {
          intake.acceptDeferred();
          items.add(new Item(id, "", product.path(), null, product.prices().commonPrice(), CURRENCY,
              null, null, Map.of()));
        } else {
          intake.reject(product.file(), product.line(),
              new Problem("product_id", "never sold", "no order item gives this product a price"),
              product.raw());
        }
      });
      items.forEach(intake::item);
    }
  }

  private record Product(String file, long line, String raw, String category, Tally prices) {
    List<String> path() {
      return category.isEmpty() ? List.of() : List.of(category);
    }
  }
}

package dev.tandem.evaluation.protocol;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The Olist tables the up-sell protocol needs, from a folder holding {@code
 * olist_order_items_dataset.csv.gz}, {@code olist_products_dataset.csv.gz} and {@code
 * product_category_name_translation.csv.gz}: order lines (one unit each, timed by
 * shipping_limit_date read as UTC, the only time the tables have) and each product's category in
 * English (the Portuguese name when untranslated, null when the product has none).
 *
 * @param lines order lines in file order
 * @param categories category by product id
 */
public record Olist(List<Line> lines, Map<String, String> categories) {
  public static final String ITEMS = "olist_order_items_dataset.csv.gz";
  static final String PRODUCTS = "olist_products_dataset.csv.gz";
  static final String TRANSLATION = "product_category_name_translation.csv.gz";

  /** One order line: one unit of a product. */
  public record Line(String order, String product, double price, long time) {}

  public Olist {
    lines = List.copyOf(lines);
    categories = Map.copyOf(categories);
  }

  public static Olist read(Path folder) {
    Map<String, String> english = new HashMap<>();
    each(folder.resolve(TRANSLATION), r -> english.put(r.getField(0), r.getField(1)));
    Map<String, String> categories = new HashMap<>();
    each(folder.resolve(PRODUCTS), r -> {
      String name = r.getField(1).trim();
      if (!name.isEmpty()) {
        categories.put(r.getField(0), english.getOrDefault(name, name));
      }
    });
    List<Line> lines = new ArrayList<>(115_000);
    Map<String, Long> times = new HashMap<>();
    each(folder.resolve(ITEMS), r -> lines.add(new Line(r.getField(0), r.getField(2),
        Double.parseDouble(r.getField(5)),
        times.computeIfAbsent(r.getField(4), OnlineRetail::epochMillis))));
    return new Olist(lines, categories);
  }

  /** Orders in order of their first line, each with its lines. */
  public Map<String, List<Line>> orders() {
    Map<String, List<Line>> orders = new LinkedHashMap<>();
    for (Line line : lines) {
      orders.computeIfAbsent(line.order(), o -> new ArrayList<>()).add(line);
    }
    return orders;
  }

  private static void each(Path file, Consumer<CsvRecord> row) {
    try (InputStream raw = Files.newInputStream(file);
        Reader text = new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
            StandardCharsets.UTF_8);
        CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
      boolean header = true;
      for (CsvRecord record : csv) {
        if (!header) {
          row.accept(record);
        }
        header = false;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}

package dev.tandem.evaluation.protocol;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a training snapshot from Online Retail invoices: one catalog item per StockCode bought in
 * them (title = its first non-empty description; list price = its most common unit price, ties to
 * the price seen first) and one purchase event per line (order = InvoiceNo, user = CustomerID or
 * none, quantity, unit price, InvoiceDate).
 */
final class RetailTraining {
  private RetailTraining() {}

  static Snapshot snapshot(List<Invoice> invoices) {
    SnapshotBuilder builder = new SnapshotBuilder();
    catalog(invoices).forEach((id, item) -> builder.item(id, item.title, null, item.listPrice()));
    for (Invoice invoice : invoices) {
      for (RetailLine line : invoice.lines()) {
        builder.event(line.customer(), line.item(), line.invoice(), EventType.PURCHASE,
            line.quantity(), line.unitPrice(), line.time());
      }
    }
    return builder.build(EventWeights.DEFAULT);
  }

  private static Map<String, CatalogItem> catalog(List<Invoice> invoices) {
    Map<String, CatalogItem> items = new LinkedHashMap<>();
    for (Invoice invoice : invoices) {
      for (RetailLine line : invoice.lines()) {
        items.computeIfAbsent(line.item(), id -> new CatalogItem()).add(line);
      }
    }
    return items;
  }

  /** Title and price counts of one StockCode while reading. */
  private static final class CatalogItem {
    private String title = "";
    private final Map<Double, Integer> priceCounts = new LinkedHashMap<>();

    void add(RetailLine line) {
      if (title.isEmpty()) {
        title = line.title();
      }
      priceCounts.merge(line.unitPrice(), 1, Integer::sum);
    }

    double listPrice() {
      double best = Double.NaN;
      int bestCount = 0;
      for (Map.Entry<Double, Integer> price : priceCounts.entrySet()) {
        if (price.getValue() > bestCount) {
          best = price.getKey();
          bestCount = price.getValue();
        }
      }
      return best;
    }
  }

  /** Snapshot item index of each id, -1 when training never saw it. */
  static Map<String, Integer> itemIndex(Snapshot snapshot) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < snapshot.itemCount(); i++) {
      index.put(snapshot.items().idOf(i), i);
    }
    return index;
  }
}

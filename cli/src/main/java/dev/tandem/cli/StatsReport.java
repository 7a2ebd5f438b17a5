package dev.tandem.cli;

import dev.tandem.shop.EventType;
import dev.tandem.store.ImportRecord;
import dev.tandem.store.StoreStats;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** Plain-text rendering of store statistics and import records. */
final class StatsReport {
  private StatsReport() {}

  static String render(String where, StoreStats stats) {
    StringBuilder text = new StringBuilder();
    text.append("Store: ").append(where).append('\n');
    line(text, "items", stats.items());
    line(text, "shoppers", stats.users());
    line(text, "orders", stats.orders());
    line(text, "events", stats.events());
    for (EventType type : EventType.values()) {
      Long count = stats.eventsByType().get(type);
      if (count != null) {
        line(text, "  " + type.wireName(), count);
      }
    }
    text.append(String.format(Locale.ROOT, "  %-22s %s .. %s%n", "date range",
        day(stats.firstEvent()), day(stats.lastEvent())));
    if (!stats.topSellers().isEmpty()) {
      text.append("Best sellers (units, orders):\n");
      int rank = 1;
      for (StoreStats.TopSeller seller : stats.topSellers()) {
        text.append(String.format(Locale.ROOT, "  %2d. %-10s %-38s %,9d %,7d%n", rank++,
            seller.itemId(), clip(seller.title(), 38), seller.units(), seller.orders()));
      }
    }
    return text.toString();
  }

  static String render(ImportRecord record) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT,
        "Import of %s (%s) at %s: %,d rows read, %,d accepted, %,d rejected, %,d events added%n",
        record.source(), record.format(), record.startedAt(), record.rowsRead(), record.accepted(),
        record.rejected(), record.eventsAdded()));
    record.rejectsByReason().entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> text.append(String.format(Locale.ROOT, "  %,9d  %s%n", e.getValue(), e.getKey())));
    if (record.rejectsFile() != null) {
      text.append("  each rejected row is explained in ").append(record.rejectsFile()).append('\n');
    }
    return text.toString();
  }

  private static void line(StringBuilder text, String label, long value) {
    text.append(String.format(Locale.ROOT, "  %-22s %,12d%n", label, value));
  }

  private static String day(Instant time) {
    return time == null ? "-" : time.toString().substring(0, 10);
  }

  private static String clip(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}

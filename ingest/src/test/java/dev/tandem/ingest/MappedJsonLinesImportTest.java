package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.shop.Event;
import dev.tandem.shop.EventType;
import dev.tandem.shop.Item;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory of JSON Lines files (one gzipped) imported through a mapping. */
class MappedJsonLinesImportTest {
  static final String MAPPING = """
      {
        "currency": "EUR",
        "items": {
          "file": "catalog.jsonl",
          "id": "sku", "title": "name", "brand": "brand", "price": "price",
          "cost": "cost", "stock": "stock",
          "category": { "column": "path", "separator": " > " },
          "attributes": { "colour": "colour" }
        },
        "events": {
          "file": "events.jsonl.gz",
          "id": "event_id",
          "type": "kind",
          "user": "user", "session": "session", "item": "sku",
          "rating": "stars", "unitPrice": "paid",
          "time": { "column": "ts", "format": "epoch-millis" },
          "recommendation": "rec"
        }
      }
      """;
  static final String CATALOG = """
      {"sku": "B-1", "name": "Trail boot", "brand": "Alpa", "price": 120.0, "cost": 61.5, "stock": 4, "path": "Shoes > Boots", "colour": "brown"}
      {"sku": "B-2", "name": "City boot", "price": 95}
      {"sku": "B-3", "name": "Free boot", "price": -1}
      {"sku": "B-4", "name": "Broken
      ["not", "an", "object"]
      """;
  static final String EVENTS = """
      {"event_id": "e1", "kind": "view", "user": "u1", "session": "s1", "sku": "B-1", "ts": 1720170000000}
      {"event_id": "e2", "kind": "add_to_cart", "user": "u1", "session": "s1", "sku": "B-1", "ts": 1720170060000, "rec": "r-9"}
      {"event_id": "e3", "kind": "rating", "user": "u2", "sku": "B-2", "stars": 4.5, "ts": 1720170120000}
      {"event_id": "e4", "kind": "teleport", "user": "u2", "sku": "B-2", "ts": 1720170180000}

      {"event_id": "e5", "kind": "purchase", "user": "u1", "sku": "B-1", "paid": 110, "ts": "soon"}
      {"event_id": "e6", "kind": "rating", "user": "u2", "sku": "B-1", "ts": 1720170240000}
      """;

  @TempDir Path dir;
  private final CollectingWriter store = new CollectingWriter();

  private ImportSummary importShop() throws IOException {
    Path mapping = Files.writeString(dir.resolve("boots.json"), MAPPING);
    Path shop = Files.createDirectories(dir.resolve("shop"));
    Files.writeString(shop.resolve("catalog.jsonl"), CATALOG);
    Files.write(shop.resolve("events.jsonl.gz"), BrokenFilesTest.gzip(EVENTS));
    return new Importer(TestData.CLOCK).run(shop, Preset.of(MappingFile.load(mapping), "boots"),
        store, dir.resolve("rejects.csv"), ImportProgress.NONE);
  }

  @Test
  void rows_acceptedAndRejectedWithReasons() throws IOException {
    ImportSummary summary = importShop();

    assertThat(summary.committed()).isTrue();
    assertThat(summary.rowsRead()).isEqualTo(5 + 6);
    assertThat(summary.accepted()).isEqualTo(2 + 3);
    assertThat(RealRows.rejects(dir.resolve("rejects.csv"))).containsExactly(
        "3 price: non-positive price", "4 : bad json", "5 : bad json",
        "4 kind: unknown event type", "6 ts: bad date", "7 stars: missing value");
  }

  @Test
  void items_allFieldsFromJson() throws IOException {
    importShop();

    assertThat(store.items.values()).containsExactly(
        new Item("B-1", "Trail boot", List.of("Shoes", "Boots"), "Alpa", 120.0, "EUR", 61.5, 4,
            Map.of("colour", "brown")),
        new Item("B-2", "City boot", List.of(), null, 95, "EUR", null, null, Map.of()));
  }

  @Test
  void events_typesSessionsRatingsRecommendations() throws IOException {
    importShop();

    assertThat(store.events.keySet()).containsExactly("e1", "e2", "e3");
    assertThat(store.events.get("e2")).isEqualTo(new Event("e2", EventType.ADD_TO_CART, "u1", "s1",
        null, "B-1", 1, null, null, Instant.ofEpochMilli(1720170060000L), "r-9"));
    assertThat(store.events.get("e3").rating()).isEqualTo(4.5);
  }
}

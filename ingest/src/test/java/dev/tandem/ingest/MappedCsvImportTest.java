package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.shop.Event;
import dev.tandem.shop.EventType;
import dev.tandem.shop.Item;
import dev.tandem.shop.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shop's own CSV export (the worked example of docs/import-mapping.md), imported by mapping. */
class MappedCsvImportTest {
  static final String MAPPING = """
      {
        "currency": "GBP",
        "timeZone": "Europe/London",
        "events": {
          "id": { "columns": ["order_id", "line"] },
          "type": { "column": "action", "values": { "sale": "purchase", "refund": "return" } },
          "user": "customer",
          "order": "order_id",
          "item": "sku",
          "quantity": "qty",
          "unitPrice": "unit_price",
          "time": { "column": "ordered_at", "format": "dd/MM/yyyy HH:mm" }
        },
        "items": {
          "id": "sku",
          "title": "product_name",
          "category": { "column": "category", "separator": "/" },
          "price": "unit_price"
        },
        "users": {
          "id": "customer",
          "attributes": { "country": "country" }
        }
      }
      """;
  static final String ORDERS = """
      order_id,line,sku,product_name,category,unit_price,qty,customer,country,ordered_at,action
      1001,1,TEA-01,Assam tea 250g,Pantry/Tea,4.50,2,c-7,United Kingdom,05/07/2024 09:15,sale
      1001,2,MUG-03,"Mug, blue",Kitchen/Mugs,8.00,1,c-7,United Kingdom,05/07/2024 09:15,sale
      1002,1,TEA-01,Assam tea 250g,Pantry/Tea,4.50,1,,,06/07/2024 18:02,sale
      1003,1,TEA-01,Assam tea (250 g),Pantry/Tea,3.95,3,c-9,France,07/07/2024 11:40,sale
      1001,3,MUG-03,"Mug, blue",Kitchen/Mugs,8.00,1,c-7,United Kingdom,08/07/2024 10:00,refund
      1004,1,MUG-03,"Mug, blue",Kitchen/Mugs,8.00,1,c-9,France,09/07/2024 12:00,gift
      1005,1,TEA-01,Assam tea 250g,Pantry/Tea,4.50,two,c-9,France,09/07/2024 12:00,sale
      1006,1,TEA-01,Assam tea 250g,Pantry/Tea,4.50,1,c-9,France,31/02/2024 12:00,sale
      """;

  @TempDir Path dir;
  private final CollectingWriter store = new CollectingWriter();

  private ImportSummary importOrders() throws IOException {
    Path mapping = Files.writeString(dir.resolve("kettle.json"), MAPPING);
    Path orders = Files.writeString(dir.resolve("orders.csv"), ORDERS);
    return new Importer(TestData.CLOCK).run(orders, Preset.of(MappingFile.load(mapping), "kettle"),
        store, dir.resolve("rejects.csv"), ImportProgress.NONE);
  }

  @Test
  void rows_acceptedAndRejectedWithReasons() throws IOException {
    ImportSummary summary = importOrders();

    assertThat(summary.committed()).isTrue();
    assertThat(summary.rowsRead()).isEqualTo(8);
    assertThat(summary.accepted()).isEqualTo(5);
    assertThat(summary.rejectsByReason()).containsExactlyInAnyOrderEntriesOf(
        Map.of("unknown event type", 1L, "bad number", 1L, "bad date", 1L));
    assertThat(RealRows.rejects(dir.resolve("rejects.csv"))).containsExactly(
        "7 action: unknown event type", "8 qty: bad number", "9 ordered_at: bad date");
  }

  @Test
  void events_mappedFromColumns() throws IOException {
    importOrders();

    assertThat(store.events.keySet())
        .containsExactly("1001/1", "1001/2", "1002/1", "1003/1", "1001/3");
    assertThat(store.events.get("1001/1")).isEqualTo(new Event("1001/1", EventType.PURCHASE, "c-7",
        null, "1001", "TEA-01", 2, 4.50, null, Instant.parse("2024-07-05T08:15:00Z"), null));
    assertThat(store.events.get("1001/3").type()).isEqualTo(EventType.RETURN);
    assertThat(store.events.get("1002/1").userId()).isNull();
  }

  @Test
  void itemsAndUsers_gatheredFromEventRows() throws IOException {
    importOrders();

    assertThat(store.items.values()).containsExactly(
        new Item("MUG-03", "Mug, blue", List.of("Kitchen", "Mugs"), null, 8.00, "GBP", null, null,
            Map.of()),
        new Item("TEA-01", "Assam tea 250g", List.of("Pantry", "Tea"), null, 4.50, "GBP", null,
            null, Map.of()));
    assertThat(store.users.values()).containsExactly(
        new User("c-7", Map.of("country", "United Kingdom")),
        new User("c-9", Map.of("country", "France")));
  }
}

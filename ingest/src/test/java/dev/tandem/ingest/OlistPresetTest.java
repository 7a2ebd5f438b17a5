package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.shop.Event;
import dev.tandem.shop.Item;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Olist tables from {@code shared/data/olist} (not shipped: non-commercial licence). Skipped
 * where that directory is absent. Counts measured once.
 */
class OlistPresetTest {
  static final long TRANSLATIONS = 71;
  static final long PRODUCTS = 32_951;
  static final long ORDER_ITEMS = 112_650;

  @TempDir static Path dir;
  static CollectingWriter store;
  static ImportSummary summary;

  @BeforeAll
  static void importOnce() {
    Path olist = TestData.olist();
    assumeTrue(olist != null, "shared/data/olist not found; skipping the Olist preset test");
    store = new CollectingWriter();
    summary = new Importer(TestData.CLOCK).run(olist, Preset.named("olist"), store,
        dir.resolve("rejects.csv"), ImportProgress.NONE);
  }

  @Test
  void counts_everyRowAccepted() {
    assertThat(summary.committed()).isTrue();
    assertThat(summary.rowsRead()).isEqualTo(TRANSLATIONS + PRODUCTS + ORDER_ITEMS);
    assertThat(summary.accepted()).isEqualTo(TRANSLATIONS + PRODUCTS + ORDER_ITEMS);
    assertThat(summary.rejected()).isZero();
    assertThat(summary.rejectsByReason()).isEmpty();
  }

  @Test
  void records_itemPerProduct_eventPerOrderItem() {
    assertThat(store.items).hasSize((int) PRODUCTS);
    assertThat(store.events).hasSize((int) ORDER_ITEMS);
    assertThat(summary.eventsAdded()).isEqualTo(ORDER_ITEMS);
    assertThat(store.users).isEmpty();
    assertThat(store.items.values().stream().filter(item -> item.categoryPath().isEmpty()))
        .hasSize(610);
  }

  @Test
  void item_englishCategory_mostFrequentPrice() {
    assertThat(store.items.get("4244733e06e7ecb4970a6e2683c13e61")).isEqualTo(new Item(
        "4244733e06e7ecb4970a6e2683c13e61", "", List.of("cool_stuff"), null, 58.90, "BRL", null,
        null, Map.of()));
  }

  @Test
  void event_orderItemAsPurchase_saoPauloTime() {
    assertThat(store.events.get("00010242fe8c5a6d1ba2dd792cb16214/1")).isEqualTo(Event.purchase(
        "00010242fe8c5a6d1ba2dd792cb16214/1", null, "00010242fe8c5a6d1ba2dd792cb16214",
        "4244733e06e7ecb4970a6e2683c13e61", 1, 58.90, Instant.parse("2017-09-19T12:45:35Z")));
  }

  @Test
  void file_notDirectory_failsClearly() {
    ImportSummary onFile = new Importer(TestData.CLOCK).run(TestData.onlineRetail(),
        Preset.named("olist"), new CollectingWriter(), null, ImportProgress.NONE);
    assertThat(onFile.committed()).isFalse();
    assertThat(onFile.failure()).startsWith("olist reads a directory holding");
  }

  @Test
  void unknownPreset_listsKnownNames() {
    assertThatThrownBy(() -> Preset.named("shopify")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown preset 'shopify'; known presets: online-retail, olist"
            + " (or describe your own export with --mapping)");
  }
}

package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.tandem.shop.Event;
import dev.tandem.shop.EventType;
import dev.tandem.shop.Item;
import dev.tandem.store.Store;
import dev.tandem.store.StoreStats;
import dev.tandem.store.StoreWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bundled UCI Online Retail file through the preset; the counts were measured once. */
class OnlineRetailPresetTest {
  static final long ROWS = 541_909;
  static final long ACCEPTED = 536_429;
  static final Map<String, Long> REJECTS = Map.of(
      "bad debt", 3L,
      "non-positive price", 1_161L,
      "non-positive quantity", 1_324L,
      "non-product code", 2_992L);
  static final int ITEMS = 3_805;
  static final int USERS = 4_362;

  @TempDir static Path dir;
  static CollectingWriter store;
  static ImportSummary summary;
  static final List<long[]> progress = new ArrayList<>();

  @BeforeAll
  static void importOnce() {
    store = new CollectingWriter();
    summary = new Importer(TestData.CLOCK).run(TestData.onlineRetail(),
        Preset.named("online-retail"), store, dir.resolve("rejects.csv"),
        (rows, bytes, total) -> progress.add(new long[] {rows, bytes, total}));
  }

  @Test
  void progress_every50kRows_andAtTheEnd() throws IOException {
    long size = Files.size(TestData.onlineRetail());
    assertThat(progress).extracting(update -> update[0]).containsExactly(50_000L, 100_000L,
        150_000L, 200_000L, 250_000L, 300_000L, 350_000L, 400_000L, 450_000L, 500_000L, ROWS);
    assertThat(progress).allSatisfy(update -> assertThat(update[2]).isEqualTo(size));
    assertThat(progress.get(progress.size() - 1)[1]).isEqualTo(size);
  }

  @Test
  void counts_addUp() {
    assertThat(summary.committed()).isTrue();
    assertThat(summary.rowsRead()).isEqualTo(ROWS);
    assertThat(summary.accepted()).isEqualTo(ACCEPTED);
    assertThat(summary.rejected()).isEqualTo(ROWS - ACCEPTED);
    assertThat(summary.rejectsByReason()).containsExactlyInAnyOrderEntriesOf(REJECTS);
  }

  @Test
  void records_oneEventPerAcceptedLine() {
    assertThat(store.events).hasSize((int) ACCEPTED);
    assertThat(summary.eventsAdded()).isEqualTo(ACCEPTED);
    assertThat(store.items).hasSize(ITEMS);
    assertThat(summary.itemsWritten()).isEqualTo(ITEMS);
    assertThat(store.users).hasSize(USERS);
    assertThat(store.committed).isTrue();
  }

  @Test
  void rejectsFile_holdsEveryRejectedLine() throws IOException {
    assertThat(Files.readAllLines(dir.resolve("rejects.csv"))).hasSize(1 + (int) (ROWS - ACCEPTED))
        .first().isEqualTo(Rejects.HEADER);
  }

  @Test
  void purchase_firstLine() {
    Event first = store.events.get(store.eventOrder.get(0));
    assertThat(first).isEqualTo(new Event("536365/85123A/1", EventType.PURCHASE, "17850", null,
        "536365", "85123A", 6, 2.55, null, Instant.parse("2010-12-01T08:26:00Z"), null));
  }

  @Test
  void time_isLondonWallClock_summerIsBst() {
    assertThat(store.events.get("558638/84836/1").time())
        .isEqualTo(Instant.parse("2011-07-01T07:16:00Z"));
  }

  @Test
  void cancellation_isReturnOfUnitsTakenBack() {
    Event back = store.events.get("C536383/35004C/1");
    assertThat(back.type()).isEqualTo(EventType.RETURN);
    assertThat(back.quantity()).isEqualTo(1);
    assertThat(back.orderId()).isEqualTo("C536383");
  }

  @Test
  void guestLine_keptWithoutUser() {
    assertThat(store.events.get("536544/21773/1").userId()).isNull();
  }

  @Test
  void repeatedLinesOfAnInvoice_numberedInFileOrder() {
    assertThat(store.events).containsKeys("555524/22698/1", "555524/22698/20")
        .doesNotContainKey("555524/22698/21");
  }

  @Test
  void item_mostFrequentPriceAndTitle() {
    assertThat(store.items.get("85123A"))
        .isEqualTo(Item.of("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 2.95, "GBP"));
  }

  @Test
  void user_hasCountry() {
    assertThat(store.users.get("17850").attributes()).containsExactly(entry("country",
        "United Kingdom"));
  }

  @Test
  void sqlite_endToEnd_reimportAddsNothing() {
    Path file = dir.resolve("shop.db");
    ImportSummary first = importInto(file);
    ImportSummary again = importInto(file);

    assertThat(first.committed()).isTrue();
    assertThat(first.eventsAdded()).isEqualTo(ACCEPTED);
    assertThat(again.committed()).isTrue();
    assertThat(again.accepted()).isEqualTo(ACCEPTED);
    assertThat(again.eventsAdded()).isZero();
    try (Store store = Store.open(file.toString())) {
      StoreStats stats = store.stats(1);
      assertThat(stats.events()).isEqualTo(ACCEPTED);
      assertThat(stats.items()).isEqualTo(ITEMS);
      assertThat(stats.users()).isEqualTo(USERS);
      assertThat(store.imports(5)).hasSize(2).first()
          .isEqualTo(again.toImportRecord());
    }
  }

  private static ImportSummary importInto(Path file) {
    try (Store store = Store.open(file.toString()); StoreWriter writer = store.writer()) {
      ImportSummary result = new Importer(TestData.CLOCK).run(TestData.onlineRetail(),
          Preset.named("online-retail"), writer, dir.resolve("sqlite-rejects.csv"),
          ImportProgress.NONE);
      store.recordImport(result.toImportRecord());
      return result;
    }
  }

  @Test
  void render_tellsCountsAndOutcome() {
    assertThat(summary.render()).contains("541,909", "536,429", "non-product code", "2,992",
        "Committed");
  }
}

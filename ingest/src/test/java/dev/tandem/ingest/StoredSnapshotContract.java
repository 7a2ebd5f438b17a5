package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.dataset.EventColumns;
import dev.tandem.dataset.IdIndex;
import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.dataset.SnapshotDigest;
import dev.tandem.shop.Event;
import dev.tandem.shop.EventWeights;
import dev.tandem.shop.Item;
import dev.tandem.store.Store;
import dev.tandem.store.StoreWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training snapshot a store reads back equals the snapshot built in memory from the same
 * imported real lines (the first 40,000 of the bundled Online Retail file): the same ids in the
 * same order, events, weights, times, prices and categories. Run on each store by a subclass.
 */
abstract class StoredSnapshotContract {
  static final int LINES = 40_000;

  @TempDir Path dir;

  /** A new, empty store; the subclass closes nothing, the test does. */
  abstract Store openEmpty() throws Exception;

  @Test
  void theSnapshotReadBackEqualsTheOneBuiltInMemoryFromTheSameLines() throws Exception {
    Path file = Files.write(dir.resolve("rows.csv"), RealRows.firstLines(LINES));
    CollectingWriter memory = new CollectingWriter();
    assertThat(importInto(file, memory).committed()).isTrue();
    Snapshot expected = inMemory(memory);
    assertThat(expected.events().size()).isGreaterThan(39_000);
    assertThat(expected.userCount()).isGreaterThan(100);

    Snapshot stored;
    try (Store store = openEmpty()) {
      try (StoreWriter writer = store.writer()) {
        assertThat(importInto(file, writer).committed()).isTrue();
      }
      stored = store.snapshot(EventWeights.DEFAULT);
    }
    assertSameColumns(stored, expected);
    assertThat(SnapshotDigest.of(stored)).isEqualTo(SnapshotDigest.of(expected));
    assertThat(stored.fingerprint()).isEqualTo(expected.fingerprint());
  }

  private ImportSummary importInto(Path file, StoreWriter writer) {
    return new Importer(TestData.CLOCK).run(file, Preset.named("online-retail"), writer,
        dir.resolve("rejects.csv"), ImportProgress.NONE);
  }

  /** As a store reads it: the catalog by id, then the events in the order they were added. */
  private static Snapshot inMemory(CollectingWriter memory) {
    SnapshotBuilder builder = new SnapshotBuilder();
    for (Item item : new TreeMap<>(memory.items).values()) {
      builder.item(item.id(), item.title(), String.join(" > ", item.categoryPath()), item.price());
    }
    for (String id : memory.eventOrder) {
      Event event = memory.events.get(id);
      builder.event(event.userId(), event.itemId(), event.orderId(), event.type(),
          event.quantity(), event.unitPrice() == null ? Double.NaN : event.unitPrice(),
          event.time().toEpochMilli());
    }
    return builder.build(EventWeights.DEFAULT);
  }

  /** Column by column, so that a difference names where it is. */
  private static void assertSameColumns(Snapshot stored, Snapshot expected) {
    assertThat(ids(stored.items())).as("item ids").isEqualTo(ids(expected.items()));
    assertThat(ids(stored.users())).as("shopper ids").isEqualTo(ids(expected.users()));
    assertThat(ids(stored.baskets())).as("order ids").isEqualTo(ids(expected.baskets()));
    assertThat(ids(stored.categories())).as("categories").isEqualTo(ids(expected.categories()));
    int items = expected.itemCount();
    assertThat(column(items, stored::itemTitle)).as("titles")
        .isEqualTo(column(items, expected::itemTitle));
    assertThat(column(items, stored::itemPrice)).as("prices")
        .isEqualTo(column(items, expected::itemPrice));
    assertThat(column(items, stored::itemCategory)).as("item categories")
        .isEqualTo(column(items, expected::itemCategory));
    int baskets = expected.basketCount();
    assertThat(column(baskets, stored::basketUser)).as("basket shoppers")
        .isEqualTo(column(baskets, expected::basketUser));
    assertThat(column(baskets, stored::basketTime)).as("basket times")
        .isEqualTo(column(baskets, expected::basketTime));
    EventColumns got = stored.events();
    EventColumns want = expected.events();
    int events = want.size();
    assertThat(got.size()).as("events").isEqualTo(events);
    assertThat(column(events, got::user)).as("event shoppers").isEqualTo(column(events, want::user));
    assertThat(column(events, got::item)).as("event items").isEqualTo(column(events, want::item));
    assertThat(column(events, got::basket)).as("event orders")
        .isEqualTo(column(events, want::basket));
    assertThat(column(events, got::type)).as("event types").isEqualTo(column(events, want::type));
    assertThat(column(events, got::quantity)).as("quantities")
        .isEqualTo(column(events, want::quantity));
    assertThat(column(events, got::unitPrice)).as("unit prices")
        .isEqualTo(column(events, want::unitPrice));
    assertThat(column(events, got::time)).as("times").isEqualTo(column(events, want::time));
    assertThat(stored.userItems().contentHash()).as("user × item weights")
        .isEqualTo(expected.userItems().contentHash());
    assertThat(stored.basketItems().contentHash()).as("basket × item units")
        .isEqualTo(expected.basketItems().contentHash());
  }

  private static List<String> ids(IdIndex ids) {
    return column(ids.size(), ids::idOf);
  }

  private static <T> List<T> column(int size, IntFunction<T> value) {
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(value.apply(i));
    }
    return values;
  }
}

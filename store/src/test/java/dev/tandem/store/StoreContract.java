package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.Engine;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.engine.pipeline.Offer;
import dev.tandem.shop.Event;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import dev.tandem.shop.Item;
import dev.tandem.shop.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Store} must do. Run against SQLite ({@code SqliteStoreTest}) and PostgreSQL
 * ({@code PostgresStoreIT}): the same tests, so the two stores behave the same. The rows are real
 * Online Retail lines (invoice 536365 and friends).
 */
abstract class StoreContract {
  static final Instant T0 = Instant.parse("2010-12-01T08:26:00Z");

  Store store;

  /** A new, empty store. */
  abstract Store openEmpty() throws Exception;

  /** The same store opened again, as after a restart. */
  abstract Store reopen() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openEmpty();
  }

  @AfterEach
  void close() {
    store.close();
  }

  static List<Item> catalog() {
    return List.of(
        Item.of("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 2.55, "GBP"),
        Item.of("71053", "WHITE METAL LANTERN", 3.39, "GBP"),
        new Item("84406B", "CREAM CUPID HEARTS COAT HANGER", List.of("Home", "Hooks"), "Regency",
            2.75, "GBP", 1.10, 12, Map.of("colour", "cream")));
  }

  static List<Event> orders() {
    return List.of(
        Event.purchase("536365/85123A/1", "17850", "536365", "85123A", 6, 2.55, T0),
        Event.purchase("536365/71053/1", "17850", "536365", "71053", 6, 3.39, T0),
        Event.purchase("536365/84406B/1", "17850", "536365", "84406B", 8, 2.75, T0),
        Event.purchase("536366/85123A/1", null, "536366", "85123A", 2, 2.55, T0.plusSeconds(120)),
        new Event("C536379/71053/1", EventType.RETURN, "14527", null, "C536379", "71053", 1,
            3.39, null, T0.plusSeconds(3600), null),
        new Event("v1", EventType.VIEW, "14527", "s1", null, "84406B", 1, null, null,
            T0.plusSeconds(7200), "rec-9"));
  }

  void load(List<Item> items, List<User> users, List<Event> events) {
    try (StoreWriter writer = store.writer()) {
      writer.putItems(items);
      writer.putUsers(users);
      writer.addEvents(events);
      writer.commit();
    }
  }

  @Test
  void anEmptyStoreHasNothing() {
    StoreStats stats = store.stats(5);
    assertThat(stats.items()).isZero();
    assertThat(stats.events()).isZero();
    assertThat(stats.firstEvent()).isNull();
    assertThat(stats.topSellers()).isEmpty();
    assertThat(store.imports(10)).isEmpty();
  }

  @Test
  void statsCountWhatWasCommitted() {
    load(catalog(), List.of(User.of("17850"), new User("14527", Map.of("country", "France"))), orders());
    StoreStats stats = store.stats(3);
    assertThat(stats.items()).isEqualTo(3);
    assertThat(stats.users()).isEqualTo(2);
    assertThat(stats.events()).isEqualTo(6);
    assertThat(stats.eventsByType())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(EventType.PURCHASE, 4L, EventType.RETURN, 1L, EventType.VIEW, 1L));
    assertThat(stats.orders()).isEqualTo(2);
    assertThat(stats.firstEvent()).isEqualTo(T0);
    assertThat(stats.lastEvent()).isEqualTo(T0.plusSeconds(7200));
    assertThat(stats.topSellers())
        .containsExactly(
            new StoreStats.TopSeller("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 8, 2),
            new StoreStats.TopSeller("84406B", "CREAM CUPID HEARTS COAT HANGER", 8, 1),
            new StoreStats.TopSeller("71053", "WHITE METAL LANTERN", 5, 1)); // 6 sold, 1 returned
  }

  @Test
  void addingTheSameEventsAgainAddsNothing() {
    try (StoreWriter writer = store.writer()) {
      assertThat(writer.addEvents(orders())).isEqualTo(6);
      writer.commit();
    }
    List<Event> twice = new ArrayList<>(orders());
    twice.addAll(orders());
    try (StoreWriter writer = store.writer()) {
      assertThat(writer.addEvents(twice)).isZero();
      writer.commit();
    }
    assertThat(store.stats(0).events()).isEqualTo(6);
  }

  @Test
  void duplicatesInsideOneBatchAreAddedOnce() {
    List<Event> twice = new ArrayList<>(orders());
    twice.addAll(orders());
    try (StoreWriter writer = store.writer()) {
      assertThat(writer.addEvents(twice)).isEqualTo(6);
      writer.commit();
    }
    assertThat(store.stats(0).events()).isEqualTo(6);
  }

  /**
   * Batches of new ids, then ids partly stored, then duplicates inside a batch, in one transaction:
   * the bulk paths (multi-row inserts, COPY straight into the table, the staging fallback) switch
   * between them, and each id is still added exactly once.
   */
  @Test
  void laterBatchesMixingNewAndStoredIdsAddOnlyTheNew() {
    try (StoreWriter writer = store.writer()) {
      assertThat(writer.addEvents(purchases(0, 150))).isEqualTo(150);
      writer.commit();
    }
    try (StoreWriter writer = store.writer()) {
      assertThat(writer.addEvents(purchases(150, 300))).isEqualTo(150);
      assertThat(writer.addEvents(purchases(100, 400))).isEqualTo(100);
      List<Event> twice = new ArrayList<>(purchases(390, 500));
      twice.addAll(purchases(390, 500));
      assertThat(writer.addEvents(twice)).isEqualTo(100);
      assertThat(writer.addEvents(purchases(500, 530))).isEqualTo(30);
      writer.commit();
    }
    assertThat(store.stats(0).events()).isEqualTo(530);
    assertThat(store.snapshot(EventWeights.DEFAULT).events().size()).isEqualTo(530);
  }

  private static List<Event> purchases(int from, int to) {
    List<Event> events = new ArrayList<>();
    for (int n = from; n < to; n++) {
      events.add(Event.purchase("p" + n, "u" + (n % 7), "o" + (n / 3), "i" + (n % 11), 1, 2.5,
          T0.plusSeconds(n)));
    }
    return events;
  }

  @Test
  void aWriterClosedWithoutCommitLeavesNoTrace() {
    try (StoreWriter writer = store.writer()) {
      writer.putItems(catalog());
      writer.addEvents(orders());
    }
    StoreStats stats = store.stats(0);
    assertThat(stats.items()).isZero();
    assertThat(stats.events()).isZero();
  }

  @Test
  void itemsAreReplacedByIdAndKeepEveryField() {
    load(catalog(), List.of(), List.of());
    load(List.of(Item.of("71053", "WHITE METAL LANTERN", 3.75, "GBP")), List.of(), orders());
    Snapshot snapshot = store.snapshot(EventWeights.DEFAULT);
    int lantern = snapshot.items().indexOf("71053");
    int hanger = snapshot.items().indexOf("84406B");
    assertThat(snapshot.itemCount()).isEqualTo(3);
    assertThat(snapshot.itemPrice(lantern)).isEqualTo(3.75);
    assertThat(snapshot.itemTitle(hanger)).isEqualTo("CREAM CUPID HEARTS COAT HANGER");
    assertThat(snapshot.categories().idOf(snapshot.itemCategory(hanger))).isEqualTo("Home > Hooks");
    assertThat(snapshot.itemCategory(lantern)).isEqualTo(-1);
  }

  @Test
  void theSnapshotHoldsBasketsAndWeightedUserItems() {
    load(catalog(), List.of(), orders());
    Snapshot snapshot = store.snapshot(EventWeights.DEFAULT);
    assertThat(snapshot.events().size()).isEqualTo(6);
    assertThat(snapshot.basketCount()).isEqualTo(3); // 536365, 536366, C536379
    int order = snapshot.baskets().indexOf("536365");
    assertThat(snapshot.basketItems().rowLength(order)).isEqualTo(3);
    int heart = snapshot.items().indexOf("85123A");
    assertThat(snapshot.basketItems().get(order, heart)).isEqualTo(6f);
    int customer = snapshot.users().indexOf("14527");
    int lantern = snapshot.items().indexOf("71053");
    int hanger = snapshot.items().indexOf("84406B");
    assertThat(snapshot.userItems().get(customer, lantern)).isEqualTo(-5f); // a return
    assertThat(snapshot.userItems().get(customer, hanger)).isEqualTo(1f); // a view
    assertThat(snapshot.events().unitPrice(5)).isNaN(); // the view has no price
    assertThat(snapshot.events().firstTime()).isEqualTo(T0.toEpochMilli());
  }

  @Test
  void awkwardTextSurvivesTheRoundTrip() {
    String title = "TAB\there, back\\slash, new\nline, quote \" and ünïcödé ✓";
    load(List.of(Item.of("X\t1", title, 1.0, "GBP")), List.of(),
        List.of(Event.purchase("e\\1\n", "u\t1", "o\\1", "X\t1", 1, 1.0, T0)));
    Snapshot snapshot = store.snapshot(EventWeights.DEFAULT);
    assertThat(snapshot.itemTitle(snapshot.items().indexOf("X\t1"))).isEqualTo(title);
    assertThat(snapshot.users().indexOf("u\t1")).isZero();
    assertThat(snapshot.baskets().indexOf("o\\1")).isZero();
  }

  @Test
  void manyBatchesInOneTransaction() {
    int added = 0;
    try (StoreWriter writer = store.writer()) {
      for (int batch = 0; batch < 10; batch++) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
          int n = batch * 2_000 + i;
          events.add(Event.purchase("e" + n, "u" + (n % 97), "o" + (n / 4), "i" + (n % 501), 1,
              1.25, T0.plusSeconds(n)));
        }
        added += writer.addEvents(events);
      }
      writer.commit();
    }
    assertThat(added).isEqualTo(20_000);
    StoreStats stats = store.stats(1);
    assertThat(stats.events()).isEqualTo(20_000);
    assertThat(stats.orders()).isEqualTo(5_000);
    assertThat(stats.lastEvent()).isEqualTo(T0.plusSeconds(19_999));

    Snapshot snapshot = store.snapshot(EventWeights.DEFAULT); // read in parallel seq ranges
    assertThat(snapshot.events().size()).isEqualTo(20_000);
    for (int n = 0; n < 20_000; n += 997) {
      assertThat(snapshot.baskets().idOf(snapshot.events().basket(n))).isEqualTo("o" + (n / 4));
      assertThat(snapshot.items().idOf(snapshot.events().item(n))).isEqualTo("i" + (n % 501));
      assertThat(snapshot.events().time(n)).isEqualTo(T0.plusSeconds(n).toEpochMilli());
    }
    assertThat(snapshot.baskets().idOf(4_999)).isEqualTo("o4999");
  }

  @Test
  void importsAreRememberedNewestFirst() {
    ImportRecord first = new ImportRecord("a.csv", "online-retail", T0, 10, 8, 2, 8,
        Map.of("non-product code", 2L), "a.rejects.csv");
    ImportRecord second = new ImportRecord("b.csv", "olist", T0.plusSeconds(60), 5, 5, 0, 0,
        Map.of(), null);
    store.recordImport(first);
    store.recordImport(second);
    assertThat(store.imports(10)).containsExactly(second, first);
    assertThat(store.imports(1)).containsExactly(second);
  }

  @Test
  void committedDataSurvivesAReopen() throws Exception {
    load(catalog(), List.of(User.of("17850")), orders());
    store.close();
    store = reopen();
    StoreStats stats = store.stats(0);
    assertThat(stats.items()).isEqualTo(3);
    assertThat(stats.users()).isEqualTo(1);
    assertThat(stats.events()).isEqualTo(6);
    Snapshot snapshot = store.snapshot(EventWeights.DEFAULT);
    assertThat(snapshot.itemPrice(snapshot.items().indexOf("84406B"))).isCloseTo(2.75, within(1e-9));
  }

  @Test
  void aShopperIsExportedWithEveryFieldAndErasedCompletely() {
    load(catalog(), List.of(new User("14527", Map.of("country", "France")), User.of("17850")),
        orders());
    ShopperData exported = store.shopper("14527");
    assertThat(exported.user().attributes()).containsEntry("country", "France");
    assertThat(exported.events()).containsExactly(orders().get(4), orders().get(5));

    ShopperData erased = store.eraseShopper("14527");
    assertThat(erased.events()).hasSize(2);
    assertThat(store.shopper("14527").isEmpty()).isTrue();
    assertThat(store.stats(0).events()).isEqualTo(4);
    assertThat(store.snapshot(EventWeights.DEFAULT).users().indexOf("14527")).isEqualTo(-1);
    // the other shopper and the guest basket are untouched
    assertThat(store.shopper("17850").events()).hasSize(3);
    assertThat(store.eraseShopper("nobody").isEmpty()).isTrue();
  }

  @Test
  void purchasesAfterTheWatermarkAreReadInTheOrderStored() {
    assertThat(store.lastEventSeq()).isZero();
    load(catalog(), List.of(User.of("17850")), orders().subList(0, 2));
    long watermark = store.lastEventSeq();
    assertThat(watermark).isPositive();
    assertThat(store.purchasesAfter(watermark)).isEmpty();

    load(List.of(), List.of(), orders());
    assertThat(store.lastEventSeq()).isGreaterThan(watermark);
    // the two stored before are not read again; the return and the view are not purchases
    assertThat(store.purchasesAfter(watermark)).containsExactly(orders().get(2), orders().get(3));
    assertThat(store.purchasesAfter(0)).containsExactlyElementsOf(orders().subList(0, 4));
  }

  @Test
  void stockAndCostAreReadIntoCatalogFacts() {
    load(catalog(), List.of(User.of("17850")), orders());
    Snapshot snapshot = store.snapshot(EventWeights.DEFAULT);
    CatalogFacts facts = store.catalogFacts(snapshot.items());
    int hanger = snapshot.items().indexOf("84406B");
    int holder = snapshot.items().indexOf("85123A");
    assertThat(facts.stock(hanger)).isEqualTo(12);
    assertThat(facts.cost(hanger)).isCloseTo(1.10, within(1e-9));
    assertThat(facts.stock(holder)).isEqualTo(-1);
    assertThat(facts.hasCost(holder)).isFalse();
    assertThat(facts.outOfStock(holder)).isFalse();
  }

  @Test
  void anItemWithStockZeroIsNeverRecommended() {
    load(catalog(), List.of(User.of("17850")), orders());
    Snapshot snapshot = store.snapshot(EventWeights.DEFAULT);
    int holder = snapshot.items().indexOf("85123A");
    int lantern = snapshot.items().indexOf("71053");
    assertThat(crossSell(snapshot, holder)).contains(lantern);

    try (StoreWriter writer = store.writer()) {
      writer.putItems(List.of(new Item("71053", "WHITE METAL LANTERN", List.of(), null, 3.39,
          "GBP", 1.50, 0, Map.of())));
      writer.commit();
    }
    Snapshot again = store.snapshot(EventWeights.DEFAULT);
    assertThat(store.catalogFacts(again.items()).outOfStock(lantern)).isTrue();
    assertThat(crossSell(again, again.items().indexOf("85123A")))
        .doesNotContain(again.items().indexOf("71053")).isNotEmpty();
  }

  /** The engine's cross-sell for the item, with the store's stock and costs, default rules. */
  private List<Integer> crossSell(Snapshot snapshot, int item) {
    Engine engine = Engine.build(snapshot, BusinessRules.defaults(),
        store.catalogFacts(snapshot.items()));
    return engine.crossSellForItem(item, 10).stream().map(Offer::item).toList();
  }
}

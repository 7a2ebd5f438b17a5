package dev.tandem.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import org.junit.jupiter.api.Test;

class SnapshotBuilderTest {

  private static Snapshot shopWithTwoOrders() {
    return new SnapshotBuilder()
        .item("LUNCHBAG-RED", "LUNCH BAG RED", "Bags", 1.65)
        .item("LUNCHBAG-PINK", "LUNCH BAG PINK", "Bags", 1.65)
        .item("TLIGHT", "T-LIGHT HOLDER", null, 0.85)
        // out of time order on purpose: the snapshot sorts by time
        .event("u2", "TLIGHT", "O2", EventType.PURCHASE, 6, 0.85, 3_000)
        .event("u1", "LUNCHBAG-RED", "O1", EventType.PURCHASE, 2, 1.65, 1_000)
        .event("u1", "LUNCHBAG-PINK", "O1", EventType.PURCHASE, 1, 1.65, 1_000)
        .event("u1", "LUNCHBAG-RED", "O1", EventType.PURCHASE, 3, 1.65, 1_500)
        .event("u1", "LUNCHBAG-RED", null, EventType.VIEW, 1, Double.NaN, 500)
        .event(null, "MYSTERY", "O2", EventType.PURCHASE, 1, 9.99, 2_000)
        .event("u2", "TLIGHT", "C9", EventType.RETURN, 2, 0.85, 4_000)
        .build(EventWeights.DEFAULT);
  }

  @Test
  void build_sortsEventsByTime() {
    EventColumns events = shopWithTwoOrders().events();
    long[] times = new long[events.size()];
    for (int e = 0; e < events.size(); e++) {
      times[e] = events.time(e);
    }
    assertThat(times).containsExactly(500, 1_000, 1_000, 1_500, 2_000, 3_000, 4_000);
    assertThat(events.type(0)).isEqualTo(EventType.VIEW);
    assertThat(events.basket(0)).isEqualTo(-1);
    assertThat(events.firstTime()).isEqualTo(500);
    assertThat(events.lastTime()).isEqualTo(4_000);
  }

  @Test
  void build_keepsTiesInArrivalOrder() {
    Snapshot snapshot = shopWithTwoOrders();
    EventColumns events = snapshot.events();
    assertThat(snapshot.items().idOf(events.item(1))).isEqualTo("LUNCHBAG-RED");
    assertThat(snapshot.items().idOf(events.item(2))).isEqualTo("LUNCHBAG-PINK");
  }

  @Test
  void userItems_sumsEventWeightsPerPair_andSkipsGuests() {
    Snapshot snapshot = shopWithTwoOrders();
    int u1 = snapshot.users().indexOf("u1");
    int u2 = snapshot.users().indexOf("u2");
    int red = snapshot.items().indexOf("LUNCHBAG-RED");
    int tlight = snapshot.items().indexOf("TLIGHT");
    // two purchase lines (5 + 5) and a view (1)
    assertThat(snapshot.userItems().get(u1, red)).isEqualTo(11f);
    // a purchase (5) and a return (-5)
    assertThat(snapshot.userItems().get(u2, tlight)).isEqualTo(0f);
    assertThat(snapshot.userItems().rowCount()).isEqualTo(2);
    assertThat(snapshot.userItems().nonZeroCount()).isEqualTo(3);
  }

  @Test
  void basketItems_countsUnitsOfPurchaseLinesOnly() {
    Snapshot snapshot = shopWithTwoOrders();
    int o1 = snapshot.baskets().indexOf("O1");
    int o2 = snapshot.baskets().indexOf("O2");
    int returns = snapshot.baskets().indexOf("C9");
    int red = snapshot.items().indexOf("LUNCHBAG-RED");
    int pink = snapshot.items().indexOf("LUNCHBAG-PINK");
    assertThat(snapshot.basketItems().get(o1, red)).isEqualTo(5f);
    assertThat(snapshot.basketItems().get(o1, pink)).isEqualTo(1f);
    assertThat(snapshot.basketItems().row(o1)).containsExactly(Math.min(red, pink), Math.max(red, pink));
    assertThat(snapshot.basketItems().rowLength(o2)).isEqualTo(2);
    assertThat(snapshot.basketItems().rowLength(returns)).isZero();
  }

  @Test
  void baskets_rememberTheirShopperAndEarliestTime() {
    Snapshot snapshot = shopWithTwoOrders();
    int o1 = snapshot.baskets().indexOf("O1");
    int o2 = snapshot.baskets().indexOf("O2");
    assertThat(snapshot.basketUser(o1)).isEqualTo(snapshot.users().indexOf("u1"));
    assertThat(snapshot.basketTime(o1)).isEqualTo(1_000);
    assertThat(snapshot.basketTime(o2)).isEqualTo(2_000);
    assertThat(snapshot.basketUser(o2)).isEqualTo(snapshot.users().indexOf("u2"));
  }

  @Test
  void itemsOutsideTheCatalog_haveUnknownPriceAndNoCategory() {
    Snapshot snapshot = shopWithTwoOrders();
    int mystery = snapshot.items().indexOf("MYSTERY");
    assertThat(snapshot.itemPrice(mystery)).isNaN();
    assertThat(snapshot.itemCategory(mystery)).isEqualTo(-1);
    int red = snapshot.items().indexOf("LUNCHBAG-RED");
    assertThat(snapshot.itemPrice(red)).isEqualTo(1.65);
    assertThat(snapshot.categories().idOf(snapshot.itemCategory(red))).isEqualTo("Bags");
    assertThat(snapshot.itemCategory(snapshot.items().indexOf("TLIGHT"))).isEqualTo(-1);
    assertThat(snapshot.itemTitle(red)).isEqualTo("LUNCH BAG RED");
  }

  @Test
  void longRows_areSortedAndMerged() {
    SnapshotBuilder builder = new SnapshotBuilder();
    for (int i = 99; i >= 0; i--) {
      builder.event("heavy", "item" + (i % 50), "O", EventType.PURCHASE, 1, 1.0, i);
    }
    Snapshot snapshot = builder.build(EventWeights.DEFAULT);
    CsrMatrix baskets = snapshot.basketItems();
    assertThat(baskets.rowLength(0)).isEqualTo(50);
    for (int p = baskets.rowStart(0) + 1; p < baskets.rowEnd(0); p++) {
      assertThat(baskets.columnAt(p)).isGreaterThan(baskets.columnAt(p - 1));
      assertThat(baskets.valueAt(p)).isEqualTo(2f);
    }
  }

  @Test
  void transpose_turnsBasketsByItemIntoItemsByBasket() {
    CsrMatrix baskets = shopWithTwoOrders().basketItems();
    CsrMatrix items = baskets.transpose();
    assertThat(items.rowCount()).isEqualTo(baskets.columnCount());
    assertThat(items.columnCount()).isEqualTo(baskets.rowCount());
    assertThat(items.nonZeroCount()).isEqualTo(baskets.nonZeroCount());
    for (int b = 0; b < baskets.rowCount(); b++) {
      for (int p = baskets.rowStart(b); p < baskets.rowEnd(b); p++) {
        assertThat(items.get(baskets.columnAt(p), b)).isEqualTo(baskets.valueAt(p));
      }
    }
    assertThat(items.transpose().contentHash()).isEqualTo(baskets.contentHash());
  }

  @Test
  void fingerprint_isEqualForEqualDataAndChangesWithIt() {
    Snapshot other =
        new SnapshotBuilder()
            .item("LUNCHBAG-RED", "LUNCH BAG RED", "Bags", 1.65)
            .event("u1", "LUNCHBAG-RED", "O1", EventType.PURCHASE, 2, 1.65, 1_000)
            .build(EventWeights.DEFAULT);
    assertThat(shopWithTwoOrders().fingerprint())
        .isEqualTo(shopWithTwoOrders().fingerprint())
        .isNotEqualTo(other.fingerprint())
        .hasSize(16);
  }

  @Test
  void eventsByIndex_buildTheSameSnapshotAsEventsByString() {
    SnapshotBuilder byIndex = new SnapshotBuilder()
        .item("LUNCHBAG-RED", "LUNCH BAG RED", "Bags", 1.65)
        .item("LUNCHBAG-PINK", "LUNCH BAG PINK", "Bags", 1.65)
        .item("TLIGHT", "T-LIGHT HOLDER", null, 0.85);
    int u2 = byIndex.internUser("u2"); // ids in order of first sight, as the string calls do
    int u1 = byIndex.internUser("u1");
    int red = byIndex.internItem("LUNCHBAG-RED");
    int pink = byIndex.internItem("LUNCHBAG-PINK");
    int tlight = byIndex.internItem("TLIGHT");
    int mystery = byIndex.internItem("MYSTERY");
    int o2 = byIndex.internBasket("O2");
    int o1 = byIndex.internBasket("O1");
    int c9 = byIndex.internBasket("C9");
    int purchase = EventType.PURCHASE.ordinal();
    byIndex.event(u2, tlight, o2, purchase, 6, 0.85, 3_000)
        .event(u1, red, o1, purchase, 2, 1.65, 1_000)
        .event(u1, pink, o1, purchase, 1, 1.65, 1_000)
        .event(u1, red, o1, purchase, 3, 1.65, 1_500)
        .event(u1, red, -1, EventType.VIEW.ordinal(), 1, Double.NaN, 500)
        .event(-1, mystery, o2, purchase, 1, 9.99, 2_000)
        .event(u2, tlight, c9, EventType.RETURN.ordinal(), 2, 0.85, 4_000);
    Snapshot snapshot = byIndex.build(EventWeights.DEFAULT);

    assertThat(SnapshotDigest.of(snapshot)).isEqualTo(SnapshotDigest.of(shopWithTwoOrders()));
    assertThat(snapshot.basketUser(o2)).isEqualTo(u2); // its first event's shopper, not the guest
    assertThat(snapshot.basketTime(o2)).isEqualTo(2_000); // its earliest event
  }

  @Test
  void eventsByIndex_refuseAnItemNeverInterned() {
    SnapshotBuilder builder = new SnapshotBuilder();
    assertThatThrownBy(
            () -> builder.event(-1, 0, -1, EventType.VIEW.ordinal(), 1, 1.0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eventsInTimeOrder_keepTheirOrder() {
    Snapshot snapshot = new SnapshotBuilder()
        .event("u1", "B", "O1", EventType.PURCHASE, 1, 1.0, 1_000)
        .event("u1", "A", "O1", EventType.PURCHASE, 2, 2.0, 1_000)
        .event("u2", "A", "O2", EventType.RETURN, 3, 2.0, 2_000)
        .build(EventWeights.DEFAULT);
    EventColumns events = snapshot.events();
    assertThat(snapshot.items().idOf(events.item(0))).isEqualTo("B");
    assertThat(events.quantity(1)).isEqualTo(2);
    assertThat(events.type(2)).isEqualTo(EventType.RETURN);
    assertThat(events.unitPrice(2)).isEqualTo(2.0f);
    assertThat(events.user(2)).isEqualTo(snapshot.users().indexOf("u2"));
  }

  @Test
  void digest_isEqualForEqualDataAndChangesWithAnyColumn() {
    String digest = SnapshotDigest.of(shopWithTwoOrders());
    Snapshot otherPrice = new SnapshotBuilder()
        .item("LUNCHBAG-RED", "LUNCH BAG RED", "Bags", 1.65)
        .event("u1", "LUNCHBAG-RED", "O1", EventType.PURCHASE, 2, 1.65, 1_000)
        .build(EventWeights.DEFAULT);
    Snapshot otherTime = new SnapshotBuilder()
        .item("LUNCHBAG-RED", "LUNCH BAG RED", "Bags", 1.65)
        .event("u1", "LUNCHBAG-RED", "O1", EventType.PURCHASE, 2, 1.65, 1_001)
        .build(EventWeights.DEFAULT);
    assertThat(SnapshotDigest.of(shopWithTwoOrders())).isEqualTo(digest).hasSize(64);
    assertThat(SnapshotDigest.of(otherPrice))
        .isNotEqualTo(digest)
        .isNotEqualTo(SnapshotDigest.of(otherTime));
  }
}

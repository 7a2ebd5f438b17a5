package dev.tandem.engine.relation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import org.junit.jupiter.api.Test;

/** Substitutes from browsing: viewed in one session, one bought instead of the other. */
class ViewedInsteadTest {
  static final long MINUTE = 60_000L;

  /**
   * Two mugs of similar titles (Jaccard 3/5) and a lamp. Shoppers 1-3 view both mugs and buy one;
   * shopper 4 views both and buys both; shopper 5 views mug A, then buys mug B two hours later (a
   * new session: no evidence); shopper 6 views the lamp and mug A and buys the lamp.
   */
  static Snapshot shop() {
    SnapshotBuilder shop = new SnapshotBuilder();
    shop.item("A", "LARGE SPOTTY MUG RED", null, 3.0);
    shop.item("B", "LARGE SPOTTY MUG BLUE", null, 3.5);
    shop.item("L", "TABLE LAMP", null, 20.0);
    session(shop, "u1", 0, "A", "B", "A");
    session(shop, "u2", 0, "A", "B", "B");
    session(shop, "u3", 0, "B", "A", "A");
    session(shop, "u4", 0, "A", "B", "A", "B");
    shop.event("u5", "A", null, EventType.VIEW, 1, Double.NaN, 0);
    shop.event("u5", "B", "o-u5", EventType.PURCHASE, 1, 3.5, 120 * MINUTE);
    session(shop, "u6", 0, "L", "A", "L");
    return shop.build(EventWeights.DEFAULT);
  }

  /** Views of the first two items, then purchases of the rest, a minute apart, in one order. */
  static void session(SnapshotBuilder shop, String user, long start, String a, String b,
      String... bought) {
    shop.event(user, a, null, EventType.VIEW, 1, Double.NaN, start);
    shop.event(user, b, null, EventType.VIEW, 1, Double.NaN, start + MINUTE);
    for (int i = 0; i < bought.length; i++) {
      long time = start + (2 + i) * MINUTE;
      shop.event(user, bought[i], "o-" + user, EventType.PURCHASE, 1, 1.0, time);
    }
  }

  @Test
  void counts_handComputed() {
    Snapshot shop = shop();
    ViewedInstead views = ViewedInstead.of(shop);
    int a = shop.items().indexOf("A");
    int b = shop.items().indexOf("B");
    int lamp = shop.items().indexOf("L");
    assertThat(views.chosenInstead(a, b)).isEqualTo(3);
    assertThat(views.chosenInstead(b, a)).isEqualTo(3);
    assertThat(views.boughtBoth(a, b)).isEqualTo(1);
    assertThat(views.chosenInstead(a, lamp)).isEqualTo(1);
  }

  @Test
  void judge_mugsChosenInsteadOfEachOther_areSubstitutes_theLampIsNot() {
    Snapshot shop = shop();
    RelationJudge judge = new RelationJudge(CooccurrenceCounts.of(shop), ProductTypes.of(shop),
        shop::itemTitle, RelationThresholds.defaults(), ViewedInstead.of(shop));
    int a = shop.items().indexOf("A");
    int b = shop.items().indexOf("B");
    int lamp = shop.items().indexOf("L");
    Relation mugs = judge.judge(a, b);
    assertThat(mugs.kind()).isEqualTo(RelationKind.SUBSTITUTE);
    assertThat(judge.substitutes(a, b)).isTrue();
    assertThat(mugs.sentence())
        .endsWith("viewed together and one bought instead of the other in 3 sessions");
    assertThat(judge.kind(a, lamp)).isEqualTo(RelationKind.UNRELATED);
    RelationJudge purchasesOnly = new RelationJudge(CooccurrenceCounts.of(shop),
        ProductTypes.of(shop), shop::itemTitle, RelationThresholds.defaults());
    assertThat(purchasesOnly.kind(a, b)).isEqualTo(RelationKind.UNRELATED);
  }

  @Test
  void of_noViews_isEmpty() {
    SnapshotBuilder shop = new SnapshotBuilder();
    shop.event("u", "A", "o", EventType.PURCHASE, 1, 1.0, 0);
    assertThat(ViewedInstead.of(shop.build(EventWeights.DEFAULT)).isEmpty()).isTrue();
  }
}

package dev.tandem.engine.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.engine.OnlineRetail;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Complements and substitutes judged on real Online Retail pairs, and counts on a tiny shop. */
class RelationJudgeTest {
  static Snapshot snapshot;
  static CooccurrenceCounts counts;
  static RelationJudge judge;

  @BeforeAll
  static void build() {
    snapshot = OnlineRetail.snapshot();
    counts = CooccurrenceCounts.of(snapshot);
    judge = new RelationJudge(counts, ProductTypes.of(snapshot), snapshot::itemTitle,
        RelationThresholds.defaults());
  }

  static int item(String id) {
    return OnlineRetail.item(id);
  }

  @Test
  void judge_regencyTeacupsFromTheRules_areComplements() {
    Relation relation = judge.judge(item("22697"), item("22699")); // GREEN and ROSES REGENCY TEACUP
    assertThat(relation.kind()).isEqualTo(RelationKind.COMPLEMENT);
    assertThat(relation.together()).isGreaterThan(500);
    assertThat(relation.lift()).isGreaterThan(10);
    assertThat(relation.sentence()).startsWith("Complements: bought together in ")
        .contains("more often than chance");
  }

  @Test
  void judge_twoLunchBagsBoughtTogether_areComplementsOfTheSameKind() {
    Relation relation = judge.judge(item("20725"), item("22384")); // RED RETROSPOT, PINK POLKADOT
    assertThat(relation.sameKind()).isTrue();
    assertThat(relation.kind()).isEqualTo(RelationKind.COMPLEMENT);
    assertThat(relation.sentence()).contains("the same kind of product, bought together");
  }

  @Test
  void judge_twoMugsRarelyInOneOrder_areSubstitutes() {
    Relation relation = judge.judge(item("22059"), item("22970")); // STRAWBERRY MUG, LONDON BUS MUG
    assertThat(relation.sameKind()).isTrue();
    assertThat(relation.kind()).as(relation.sentence()).isEqualTo(RelationKind.SUBSTITUTE);
    assertThat((double) relation.together()).isLessThanOrEqualTo(relation.expected() * 0.5);
    assertThat(relation.sentence()).startsWith("Substitutes: both are MUG");
  }

  @Test
  void judge_teacupAndLunchBag_areNotSubstitutes() {
    Relation relation = judge.judge(item("22697"), item("20725"));
    assertThat(relation.sameKind()).isFalse();
    assertThat(relation.kind()).isNotEqualTo(RelationKind.SUBSTITUTE);
  }

  @Test
  void counts_matchABruteForceCountOverTheBaskets() {
    int[] items = {item("22697"), item("22699"), item("20725"), item("22384"), item("85123A")};
    for (int a : items) {
      for (int b : items) {
        if (a == b) {
          continue;
        }
        int together = 0;
        for (int basket = 0; basket < snapshot.basketCount(); basket++) {
          boolean hasA = snapshot.basketItems().get(basket, a) > 0;
          boolean hasB = snapshot.basketItems().get(basket, b) > 0;
          together += hasA && hasB ? 1 : 0;
        }
        assertThat(counts.together(a, b)).isEqualTo(together);
      }
    }
  }

  @Test
  void counts_tinyShop_handComputed() {
    SnapshotBuilder shop = new SnapshotBuilder();
    // orders: {A,B} at t=1, {A,B,C} at t=2, {C} at t=3, {D} at t=10
    for (String[] line : List.of(new String[] {"o1", "A", "1"}, new String[] {"o1", "B", "1"},
        new String[] {"o2", "A", "2"}, new String[] {"o2", "B", "2"}, new String[] {"o2", "C", "2"},
        new String[] {"o3", "C", "3"}, new String[] {"o4", "D", "10"})) {
      shop.event("u", line[1], line[0], EventType.PURCHASE, 1, 1.0, Long.parseLong(line[2]));
    }
    Snapshot tiny = shop.build(EventWeights.DEFAULT);
    CooccurrenceCounts c = CooccurrenceCounts.of(tiny);
    int a = tiny.items().indexOf("A");
    int b = tiny.items().indexOf("B");
    int cc = tiny.items().indexOf("C");
    int d = tiny.items().indexOf("D");
    assertThat(c.orderCount()).isEqualTo(4);
    assertThat(c.together(a, b)).isEqualTo(2);
    assertThat(c.together(a, cc)).isEqualTo(1);
    // A sold t=1..2, C t=2..3: window [2,2] holds 1 order, with A in 1 and C in 1: expected 1
    assertThat(c.expectedWhileBothSold(a, cc)).isCloseTo(1.0, within(1e-9));
    // A at t=1..2, B at t=1..2: 2 orders in the window, both in both: expected 2, lift 1
    assertThat(c.lift(a, b)).isCloseTo(1.0, within(1e-9));
    assertThat(c.soldAtTheSameTime(a, d)).isFalse();
    assertThat(c.expectedWhileBothSold(a, d)).isZero();
  }
}

package dev.tandem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundlesTest {
  private static final String[][] ORDERS = {
    {"RED", "PINK"}, {"RED", "PINK"}, {"RED", "PINK", "TLIGHT"}, {"RED"}, {"TLIGHT", "CANDLE"},
    {"TLIGHT", "CANDLE"}, {"TLIGHT"}, {"TLIGHT", "MUG"}, {"MUG"}, {"RED", "TLIGHT"},
  };

  /**
   * Ten orders. Counts: TLIGHT 6, RED 5, PINK 3, CANDLE 2, MUG 2; RED+PINK 3 (lift 2.0),
   * TLIGHT+CANDLE 2 (lift 5/3), RED+TLIGHT 2 (lift 2/3), PINK+TLIGHT 1; RED+PINK+TLIGHT 1, whose
   * weakest item is TLIGHT: 10 × 1 / (6 × 3) = 5/9 (RED joins PINK+TLIGHT at 2, PINK joins
   * RED+TLIGHT at 5/3).
   */
  static Snapshot tenOrders() {
    SnapshotBuilder shop = new SnapshotBuilder()
        .item("RED", "LUNCH BAG RED", "Bags", 1.65)
        .item("PINK", "LUNCH BAG PINK", "Bags", 1.65)
        .item("TLIGHT", "T-LIGHT HOLDER", "Home", 0.85)
        .item("CANDLE", "CANDLE", "Home", 2.10)
        .item("MUG", "MUG", "Kitchen", Double.NaN);
    for (int o = 0; o < ORDERS.length; o++) {
      for (String item : ORDERS[o]) {
        shop.event("u" + o, item, "O" + o, EventType.PURCHASE, 1, 1.0, 1000L * o);
      }
    }
    // a view-only order does not count as a basket
    shop.event("u0", "MUG", "O-VIEW", EventType.VIEW, 1, Double.NaN, 99_000);
    return shop.build(EventWeights.DEFAULT);
  }

  private static final Snapshot SHOP = tenOrders();
  private static final int RED = SHOP.items().indexOf("RED");
  private static final int PINK = SHOP.items().indexOf("PINK");
  private static final int TLIGHT = SHOP.items().indexOf("TLIGHT");
  private static final int CANDLE = SHOP.items().indexOf("CANDLE");

  private static AssociationModel mine(int minCount) {
    return AssociationRules.mine(SHOP, MiningParameters.builder().minSupportCount(minCount).build());
  }

  @Test
  void bundles_highLiftPairs_withCountAndCombinedPrice() {
    List<Bundle> bundles = mine(2).bundles(new BundleParameters(2, 4, 1.5, 10, 2, 0.5));

    assertThat(bundles).hasSize(2);
    assertThat(bundles.get(0).items()).containsExactly(RED, PINK);
    assertThat(bundles.get(0).coPurchaseCount()).isEqualTo(3);
    assertThat(bundles.get(0).lift()).isCloseTo(2.0, within(1e-12));
    assertThat(bundles.get(0).combinedPrice()).isCloseTo(3.30, within(1e-12));
    assertThat(bundles.get(0).evidence())
        .isEqualTo("Bought together in 3 orders, 2.0× more often than chance");
    assertThat(bundles.get(1).items()).containsExactly(TLIGHT, CANDLE);
    assertThat(bundles.get(1).lift()).isCloseTo(5.0 / 3, within(1e-12));
    assertThat(bundles.get(1).combinedPrice()).isCloseTo(2.95, within(1e-12));
  }

  @Test
  void bundles_sizeBounds_andUnknownPrice() {
    // the strong RED+PINK pair does not lift an unrelated T-light holder into a bundle
    assertThat(mine(1).bundles(new BundleParameters(3, 4, 1.0, 10, 2, 0.5))).isEmpty();
    List<Bundle> triples = mine(1).bundles(new BundleParameters(3, 4, 0.5, 10, 2, 0.5));
    assertThat(triples).hasSize(1);
    assertThat(triples.get(0).items()).containsExactly(RED, PINK, TLIGHT);
    assertThat(triples.get(0).lift()).isCloseTo(5.0 / 9, within(1e-12));
    assertThat(triples.get(0).evidence())
        .isEqualTo("Bought together in 1 order, 0.6× as often as chance");

    List<Bundle> withMug = mine(1).bundles(new BundleParameters(2, 2, 0.0, 10, 2, 0.5));
    int mug = SHOP.items().indexOf("MUG");
    assertThat(withMug).filteredOn(b -> b.items()[0] == mug || b.items()[1] == mug)
        .singleElement().satisfies(b -> assertThat(b.combinedPrice()).isNaN());
    assertThat(withMug).hasSize(5);
  }

  @Test
  void slowMoverPairings_pairRareItemsWithTopSellers() {
    // best sellers (top 2): TLIGHT 6, RED 5; slow movers: at most the median count (3)
    List<SlowMoverPairing> pairings =
        mine(2).slowMoverPairings(new BundleParameters(2, 4, 1.5, 10, 2, 0.5));

    assertThat(pairings).hasSize(2);
    SlowMoverPairing pink = pairings.get(0);
    assertThat(pink.slowMover()).isEqualTo(PINK);
    assertThat(pink.bestSeller()).isEqualTo(RED);
    assertThat(pink.pairCount()).isEqualTo(3);
    assertThat(pink.slowMoverConfidence()).isEqualTo(1.0);
    assertThat(pink.bestSellerConfidence()).isCloseTo(0.6, within(1e-12));
    assertThat(pink.lift()).isCloseTo(2.0, within(1e-12));
    assertThat(pairings.get(1).slowMover()).isEqualTo(CANDLE);
    assertThat(pairings.get(1).bestSeller()).isEqualTo(TLIGHT);
    assertThat(pairings.get(1).evidence())
        .isEqualTo("Bought together in 2 orders, 1.7× more often than chance");
  }

  @Test
  void slowMoverPairings_noBestSellers_givesNothing() {
    assertThat(mine(2).slowMoverPairings(new BundleParameters(2, 4, 0, 10, 0, 0.5))).isEmpty();
  }

  @Test
  void snapshotTransactions_leaveOutOrdersWithoutPurchases() {
    Transactions baskets = Transactions.of(SHOP);
    assertThat(baskets.size()).isEqualTo(10);
    assertThat(mine(2).itemsets().transactionCount()).isEqualTo(10);
    assertThat(mine(2).itemsets().countOf(RED, PINK)).isEqualTo(3);
  }
}

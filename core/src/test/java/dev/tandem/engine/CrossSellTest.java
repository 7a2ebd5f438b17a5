package dev.tandem.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.engine.pipeline.Offer;
import dev.tandem.engine.relation.RelationKind;
import dev.tandem.engine.relation.RelationThresholds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cross-sell for an item, a cart, a shopper and an order, on the real Online Retail data. */
class CrossSellTest {
  static Snapshot snapshot;
  static Engine engine;

  @BeforeAll
  static void build() {
    snapshot = OnlineRetail.snapshot();
    engine = OnlineRetail.engine();
  }

  static int item(String id) {
    return OnlineRetail.item(id);
  }

  static List<Integer> items(List<Offer> offers) {
    return offers.stream().map(Offer::item).toList();
  }

  /** Real carts: orders of 3 to 30 items, every 40th order. */
  static List<int[]> realCarts() {
    List<int[]> carts = new ArrayList<>();
    CsrMatrix baskets = snapshot.basketItems();
    for (int b = 0; b < baskets.rowCount(); b += 40) {
      if (baskets.rowLength(b) >= 3 && baskets.rowLength(b) <= 30) {
        carts.add(baskets.row(b));
      }
    }
    return carts;
  }

  @Test
  void forItem_regencyTeacup_offersTheMatchingTeacupsWithEvidence() {
    List<Offer> offers = engine.crossSellForItem(item("22697"), 10);
    assertThat(offers).hasSize(10);
    assertThat(items(offers)).contains(item("22699"), item("22698")).doesNotContain(item("22697"));
    assertThat(offers.get(0).reason().sentence()).containsIgnoringCase("bought together in ")
        .contains("more often than chance");
    for (Offer offer : offers) {
      assertThat(offer.reason().measure("lift")).isGreaterThanOrEqualTo(2.0);
      assertThat(offer.reason().measure("orders")).isGreaterThanOrEqualTo(5);
    }
  }

  @Test
  void forItem_atMostThreeOfAType() {
    List<Offer> offers = engine.crossSellForItem(item("20725"), 10); // LUNCH BAG RED RETROSPOT
    long lunchBags = offers.stream()
        .filter(o -> engine.types().nameOf(o.item()).equals("LUNCH BAG")).count();
    assertThat(lunchBags).isBetween(1L, 3L);
  }

  @Test
  void forCart_realCarts_neverACartItem() {
    for (int[] cart : realCarts()) {
      List<Offer> offers = engine.crossSellForCart(cart, -1, 10);
      assertThat(offers).isNotEmpty();
      for (Offer offer : offers) {
        assertThat(cart).doesNotContain(offer.item());
      }
    }
  }

  @Test
  void forCart_realCarts_neverASubstituteOfACartItem() {
    // with looser thresholds many more pairs are substitutes, so the rule has work to do
    RelationThresholds loose = new RelationThresholds(5, 2.0, 1.0, 1.0, 0.6);
    EngineSettings settings = new EngineSettings(EngineSettings.defaults().types(), loose,
        EngineSettings.defaults().mining(), 20, 200);
    Engine strict = Engine.of(EngineModel.build(snapshot, settings), BusinessRules.defaults(),
        CatalogFacts.unknown(snapshot.itemCount()));
    int dropped = 0;
    for (int[] cart : realCarts()) {
      for (Offer offer : strict.crossSellForCart(cart, -1, 10)) {
        for (int inCart : cart) {
          assertThat(strict.relation(inCart, offer.item()).kind())
              .isNotEqualTo(RelationKind.SUBSTITUTE);
        }
      }
      for (int candidate = 0; candidate < snapshot.itemCount(); candidate += 29) {
        dropped += "no-substitute-of-cart".equals(strict.crossSellRuleDropping(-1, cart, candidate))
            ? 1 : 0;
      }
    }
    assertThat(dropped).as("candidates the cart rule keeps out").isGreaterThan(5);
  }

  @Test
  void forCart_regencyTeacups_completedByTheThird() {
    List<Offer> offers = engine.crossSellForCart(new int[] {item("22697"), item("22699")}, -1, 5);
    assertThat(offers.get(0).item()).isEqualTo(item("22698"));
    assertThat(offers.get(0).reason().source()).isEqualTo("rules");
    assertThat(offers.get(0).reason().sentence())
        .startsWith("71% of the 767 orders with ").contains("bought together in 541 orders");
  }

  @Test
  void forUser_neverWhatTheShopperAlreadyBought() {
    int checked = 0;
    for (int user = 0; user < snapshot.userCount(); user += 50) {
      List<Offer> offers = engine.crossSellForUser(user, 10);
      int[] bought = engine.model().sales().itemsBoughtBy(user);
      for (Offer offer : offers) {
        assertThat(Arrays.binarySearch(bought, offer.item())).isNegative();
      }
      checked += offers.isEmpty() ? 0 : 1;
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void forOrder_offersWhatGoesWithTheOrderButNothingInIt() {
    int basket = snapshot.baskets().indexOf("536365"); // the first order of the file
    int[] order = snapshot.basketItems().row(basket);
    List<Offer> offers = engine.crossSellForOrder(basket, 10);
    assertThat(offers).hasSize(10);
    for (Offer offer : offers) {
      assertThat(order).doesNotContain(offer.item());
      assertThat(offer.reason().sentence()).isNotBlank();
    }
  }
}

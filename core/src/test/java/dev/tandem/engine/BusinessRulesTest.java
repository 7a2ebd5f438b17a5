package dev.tandem.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.engine.pipeline.Offer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each business rule on the real Online Retail data: what it forbids never appears. */
class BusinessRulesTest {
  static Snapshot snapshot;
  static Engine plain;
  static final String[] PAGES = {"22697", "20725", "85123A", "47566", "22423", "21931", "84879"};

  @BeforeAll
  static void build() {
    snapshot = OnlineRetail.snapshot();
    plain = OnlineRetail.engine();
  }

  static int item(String id) {
    return OnlineRetail.item(id);
  }

  static String id(int item) {
    return snapshot.items().idOf(item);
  }

  /** Every offer of the engine for the product pages, two carts and some shoppers. */
  static List<Offer> everything(Engine engine) {
    List<Offer> all = new ArrayList<>();
    for (String page : PAGES) {
      all.addAll(engine.crossSellForItem(item(page), 10));
      all.addAll(engine.upSell(item(page), -1, 10));
    }
    all.addAll(engine.crossSellForCart(new int[] {item("22697"), item("22699")}, -1, 10));
    all.addAll(engine.crossSellForCart(new int[] {item("20725"), item("85123A")}, -1, 10));
    for (int user = 0; user < 300; user += 30) {
      all.addAll(engine.crossSellForUser(user, 10));
    }
    return all;
  }

  static Set<Integer> items(List<Offer> offers) {
    Set<Integer> items = new HashSet<>();
    offers.forEach(o -> items.add(o.item()));
    return items;
  }

  @Test
  void blockedItems_neverAppear() {
    List<Integer> top = plain.crossSellForItem(item("22697"), 3).stream().map(Offer::item).toList();
    int upgrade = plain.upSell(item("47566"), -1, 1).get(0).item();
    assertThat(items(everything(plain))).contains(top.get(0), upgrade);
    Engine engine = OnlineRetail.engine("blocked-items=" + id(top.get(0)) + ", " + id(top.get(1))
        + ", " + id(top.get(2)) + ", " + id(upgrade));
    assertThat(items(everything(engine))).doesNotContain(top.get(0), top.get(1), top.get(2),
        upgrade);
  }

  @Test
  void inStockOnly_outOfStockItemsNeverAppear() {
    int top = plain.crossSellForItem(item("20725"), 1).get(0).item();
    int upgrade = plain.upSell(item("47566"), -1, 1).get(0).item();
    CatalogFacts facts = CatalogFacts.unknown(snapshot.itemCount()).withStock(top, 0)
        .withStock(upgrade, 0);
    Engine engine = OnlineRetail.engine(BusinessRules.defaults(), facts);
    assertThat(items(everything(engine))).doesNotContain(top, upgrade);
    Engine stocked = OnlineRetail.engine(BusinessRules.defaults(),
        CatalogFacts.unknown(snapshot.itemCount()).withStock(top, 3).withStock(upgrade, 1));
    assertThat(items(everything(stocked))).contains(top, upgrade);
  }

  @Test
  void excludeAlreadyBought_shoppersAreNotOfferedWhatTheyBought_unlessConsumable() {
    Engine allowRepeats = OnlineRetail.engine("exclude-already-bought=false");
    Set<String> repeatedTypes = new HashSet<>();
    int repeats = 0;
    for (int user = 0; user < snapshot.userCount(); user += 25) {
      int[] cart = plain.recentPurchases(user);
      int[] page = cart.length == 0 ? new int[0] : new int[] {cart[0]};
      for (Offer offer : plain.crossSellForCart(page, user, 10)) {
        assertThat(plain.model().sales().bought(user, offer.item())).isFalse();
      }
      for (Offer offer : allowRepeats.crossSellForCart(page, user, 10)) {
        if (plain.model().sales().bought(user, offer.item())) {
          repeats++;
          repeatedTypes.add(plain.types().nameOf(offer.item()));
        }
      }
    }
    assertThat(repeats).as("offers of bought items once the rule is off").isGreaterThan(10);
    String consumable = repeatedTypes.iterator().next();
    Engine consumables = OnlineRetail.engine("consumable-types=" + consumable);
    boolean offeredAgain = false;
    for (int user = 0; user < snapshot.userCount(); user += 25) {
      int[] cart = plain.recentPurchases(user);
      int[] page = cart.length == 0 ? new int[0] : new int[] {cart[0]};
      for (Offer offer : consumables.crossSellForCart(page, user, 10)) {
        boolean bought = plain.model().sales().bought(user, offer.item());
        assertThat(!bought || plain.types().nameOf(offer.item()).equals(consumable)).isTrue();
        offeredAgain |= bought;
      }
    }
    assertThat(offeredAgain).as("a consumable bought before is offered again").isTrue();
  }

  @Test
  void priceFloorAndCeiling_boundEveryOffer() {
    Engine engine = OnlineRetail.engine("price-floor=2.00\nprice-ceiling=5.00");
    List<Offer> offers = everything(engine);
    assertThat(offers).hasSizeGreaterThan(50);
    assertThat(offers)
        .allSatisfy(o -> assertThat(snapshot.itemPrice(o.item())).isBetween(2.0, 5.0));
    assertThat(everything(plain)).anySatisfy(o -> assertThat(snapshot.itemPrice(o.item()) < 2.0
        || snapshot.itemPrice(o.item()) > 5.0).isTrue());
  }

  @Test
  void includeAndExcludeTypes_areObeyed() {
    Engine without = OnlineRetail.engine("exclude-types=LUNCH BAG, JUMBO BAG");
    assertThat(everything(without)).noneSatisfy(o -> assertThat(plain.types().nameOf(o.item()))
        .isIn("LUNCH BAG", "JUMBO BAG"));
    Engine only = OnlineRetail.engine("include-types=LUNCH BAG, JUMBO BAG");
    List<Offer> offers = everything(only);
    assertThat(offers).isNotEmpty().allSatisfy(o -> assertThat(plain.types().nameOf(o.item()))
        .isIn("LUNCH BAG", "JUMBO BAG"));
  }

  @Test
  void pinnedItems_comeFirst_unlessInTheContext() {
    Engine engine = OnlineRetail.engine("pinned-items=23166");
    for (String page : PAGES) {
      Offer first = engine.crossSellForItem(item(page), 5).get(0);
      assertThat(first.item()).isEqualTo(item("23166"));
      assertThat(first.reason().source()).isEqualTo("pinned");
    }
    assertThat(engine.crossSellForItem(item("23166"), 5)).extracting(Offer::item)
        .doesNotContain(item("23166"));
  }

  @Test
  void maxPerType_limitsEveryAnswer() {
    Engine engine = OnlineRetail.engine("max-per-type=1");
    for (String page : PAGES) {
      List<String> types = engine.crossSellForItem(item(page), 10).stream()
          .map(o -> plain.types().nameOf(o.item())).filter(t -> !t.equals("(other)")).toList();
      assertThat(types).doesNotHaveDuplicates();
    }
  }

  @Test
  void minMargin_dropsItemsWhoseKnownMarginIsTooThin() {
    int top = plain.crossSellForItem(item("22697"), 1).get(0).item();
    double price = snapshot.itemPrice(top);
    CatalogFacts thin = CatalogFacts.unknown(snapshot.itemCount()).withCost(top, price * 0.9);
    BusinessRules rules =
        dev.tandem.engine.businessrules.BusinessRulesFile.parse("min-margin=0.25");
    assertThat(items(everything(OnlineRetail.engine(rules, thin)))).doesNotContain(top);
    CatalogFacts fat = CatalogFacts.unknown(snapshot.itemCount()).withCost(top, price * 0.5);
    assertThat(items(everything(OnlineRetail.engine(rules, fat)))).contains(top);
  }

  @Test
  void diversity_fullStrength_spreadsOverTypes() {
    Engine engine = OnlineRetail.engine("diversity=1.0\nmax-per-type=0");
    Engine greedy = OnlineRetail.engine("diversity=0.0\nmax-per-type=0");
    List<String> greedyTypes = greedy.crossSellForItem(item("20725"), 6).stream()
        .map(o -> plain.types().nameOf(o.item())).toList();
    assertThat(greedyTypes).hasSizeGreaterThan(new HashSet<>(greedyTypes).size());
    List<String> types = engine.crossSellForItem(item("20725"), 6).stream()
        .map(o -> plain.types().nameOf(o.item())).filter(t -> !t.equals("(other)")).toList();
    assertThat(types).doesNotHaveDuplicates();
  }
}

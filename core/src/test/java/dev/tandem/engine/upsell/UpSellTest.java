package dev.tandem.engine.upsell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.Engine;
import dev.tandem.engine.OnlineRetail;
import dev.tandem.engine.pipeline.Offer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Up-sell on Online Retail: pricier versions of the same product type, ranked by the objective. */
class UpSellTest {
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

  /** The rules before validation chose recent share: pair evidence, learned bands, 10 orders. */
  static final String PAIR_RULES = "upsell.choice=pair\nupsell.learn-bands=true\n"
      + "upsell.spread-bands=false\nupsell.min-orders=10\nupsell.willingness-weight=1";

  @Test
  void upSell_partyBunting_offersPricierBuntingWithinTheBand() {
    int bunting = item("47566"); // PARTY BUNTING, £4.95
    Engine engine = OnlineRetail.engine(PAIR_RULES);
    List<Offer> offers = engine.upSell(bunting, -1, 10);
    assertThat(offers).hasSizeGreaterThanOrEqualTo(3);
    double price = snapshot.itemPrice(bunting);
    var band = engine.upsellBand(engine.types().typeOf(bunting));
    assertThat(band.source()).isEqualTo(UpsellBands.Source.LEARNED);
    for (Offer offer : offers) {
      assertThat(engine.types().nameOf(offer.item())).isEqualTo("BUNTING");
      assertThat(snapshot.itemPrice(offer.item())).isBetween(
          price * (1 + band.band().minIncrease()), price * (1 + band.band().maxIncrease()));
      assertThat(engine.model().counts().ordersWith(offer.item())).isGreaterThanOrEqualTo(10);
      assertThat(offer.reason().sentence()).startsWith("Upgrade: +£")
          .contains("chosen instead of PARTY BUNTING in ")
          .contains("BUNTING trade-ups seen went +");
      assertThat(offer.reason().measure("pAccept")).isCloseTo(offer.reason().measure("pChoice")
          * offer.reason().measure("pWilling"), within(1e-12));
    }
    assertThat(offers.get(0).reason().sentence())
        .startsWith("Upgrade: +£3.55 (+72%); chosen instead of PARTY BUNTING in 18% of the ");
  }

  @Test
  void upSell_defaults_recentShareWithinTheTypesPriceSpread() {
    int bunting = item("47566");
    List<Offer> offers = engine.upSell(bunting, -1, 10);
    assertThat(offers).hasSizeGreaterThanOrEqualTo(3);
    int type = engine.types().typeOf(bunting);
    var band = engine.upsellBand(type);
    assertThat(band.source()).isEqualTo(UpsellBands.Source.PRICE_SPREAD);
    assertThat(band.band().maxIncrease()).isGreaterThan(1.0); // bunting from £0.85 to £9.95
    RecentShare recent = RecentShare.of(snapshot, engine.types(), 90, 0.1);
    double price = snapshot.itemPrice(bunting);
    for (Offer offer : offers) {
      assertThat(snapshot.itemPrice(offer.item())).isBetween(
          price * (1 + band.band().minIncrease()), price * (1 + band.band().maxIncrease()));
      assertThat(offer.reason().measure("pChoice"))
          .isCloseTo(recent.probability(offer.item()), within(1e-12));
      assertThat(offer.reason().measure("pAccept")).isCloseTo(offer.reason().measure("pChoice")
          * Math.pow(offer.reason().measure("pWilling"), 0.25), within(1e-12));
      String share = Math.round(100 * recent.observedShare(offer.item())) + "% of the ";
      assertThat(offer.reason().sentence()).startsWith("Upgrade: +£")
          .contains("; in " + share)
          .contains(" orders of BUNTING in the last 90 days");
    }
  }

  @Test
  void recentShare_countsTheLastDaysOrdersOfTheType() {
    int bunting = item("47566");
    RecentShare all = RecentShare.of(snapshot, engine.types(), 100_000, 0.1);
    RecentShare recent = RecentShare.of(snapshot, engine.types(), 90, 0.1);
    assertThat(all.orders(bunting)).isEqualTo(engine.model().counts().ordersWith(bunting));
    assertThat(recent.orders(bunting)).isPositive().isLessThan(all.orders(bunting));
    assertThat(recent.typeOrders(bunting)).isGreaterThanOrEqualTo(recent.orders(bunting))
        .isLessThan(all.typeOrders(bunting));
    int n = engine.types().itemCount(engine.types().typeOf(bunting));
    assertThat(recent.probability(bunting)).isCloseTo((recent.orders(bunting) + 0.1)
        / (recent.typeOrders(bunting) + 0.1 * n), within(1e-12));
  }

  @Test
  void upSell_willingnessWeightZero_ranksByRecentShareAlone() {
    Engine byShare = OnlineRetail.engine("upsell.willingness-weight=0\nupsell.objective=conversion");
    List<Offer> offers = byShare.upSell(item("47566"), -1, 10);
    assertThat(offers).isNotEmpty().allSatisfy(o -> assertThat(o.reason().measure("pAccept"))
        .isEqualTo(o.reason().measure("pChoice")));
    assertThat(offers).extracting(o -> o.reason().measure("pChoice"))
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void upSell_typeWithFewTradeUps_explainsWithAllTypesTradeUps() {
    Engine strict = OnlineRetail.engine("upsell.min-trade-ups=100000\nupsell.learn-bands=false");
    List<Offer> offers = strict.upSell(item("47566"), -1, 5);
    assertThat(offers).isNotEmpty().allSatisfy(o -> assertThat(o.reason().sentence())
        .containsPattern("; \\d+% of the [\\d,]+ trade-ups seen went \\+\\d+% or more$"));
  }

  @Test
  void upSell_sentence_quotesShoppersWhoTradedUpFromTheItem() {
    int bunting = item("47566");
    Offer best = engine.upSell(bunting, -1, 10).stream()
        .filter(o -> o.reason().measure("tradeUps") > 0).findFirst().orElseThrow();
    int shoppers = engine.model().tradeUps().between(bunting, best.item());
    assertThat(best.reason().sentence()).contains(shoppers + (shoppers == 1 ? " shopper" : " shoppers")
        + " who had bought PARTY BUNTING later chose it instead");
  }

  @Test
  void upSell_revenueObjective_ranksByPAcceptTimesPriceDifference() {
    List<Offer> offers = engine.upSell(item("47566"), -1, 10);
    for (Offer offer : offers) {
      assertThat(offer.score()).isCloseTo(offer.reason().measure("pAccept")
          * offer.reason().measure("priceDifference"), within(1e-9));
    }
    assertThat(offers).extracting(Offer::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void upSell_conversionObjective_ranksByPAccept() {
    Engine conversion = OnlineRetail.engine("upsell.objective=conversion");
    List<Offer> offers = conversion.upSell(item("47566"), -1, 10);
    assertThat(offers).extracting(o -> o.reason().measure("pAccept"))
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(offers.get(0).score()).isEqualTo(offers.get(0).reason().measure("pAccept"));
  }

  @Test
  void upSell_bandByType_narrowsTheChoice() {
    Engine narrow = OnlineRetail.engine("upsell.band-by-type=BUNTING: 0.05..0.25");
    List<Offer> offers = narrow.upSell(item("47566"), -1, 10);
    assertThat(offers).isNotEmpty().allSatisfy(o -> assertThat(snapshot.itemPrice(o.item()))
        .isBetween(4.95 * 1.05, 4.95 * 1.25));
  }

  @Test
  void upSell_noTypeOrAllSamePrice_offersNothing() {
    assertThat(engine.upSell(item("20725"), -1, 5)).isEmpty(); // every lunch bag is £1.65
  }

  @Test
  void acceptance_handComputed() {
    Acceptance acceptance = new Acceptance(80, 18);
    assertThat(acceptance.probability()).isCloseTo(19.0 / 100.0, within(1e-12));
    assertThat(acceptance.observedShare()).isCloseTo(18.0 / 98.0, within(1e-12));
    assertThat(new Acceptance(0, 0).probability()).isEqualTo(0.5);
  }

  @Test
  void acceptance_fromCounts_leavesOrdersWithBothOut() {
    int a = item("47566");
    int b = item("21621");
    var counts = engine.model().counts();
    Acceptance acceptance = Acceptance.of(counts, a, b);
    assertThat(acceptance.onlyA()).isEqualTo(counts.ordersWith(a) - counts.together(a, b));
    assertThat(acceptance.onlyB()).isEqualTo(counts.ordersWith(b) - counts.together(a, b));
  }

  @Test
  void upSell_forAShopper_fitsTheirPriceLevelInTheType() {
    int bunting = item("47566");
    ShopperPriceFit fit = new ShopperPriceFit(snapshot, engine.types(), engine.model().sales());
    int type = engine.types().typeOf(bunting);
    int shopper = -1;
    for (int user = 0; user < snapshot.userCount() && shopper < 0; user++) {
      if (engine.model().sales().bought(user, bunting) && fit.priceLevel(user, type) == 4.95) {
        shopper = user;
      }
    }
    assertThat(shopper).as("a shopper whose dearest bunting is PARTY BUNTING").isNotNegative();
    java.util.Map<Integer, Double> anonymous = new java.util.HashMap<>();
    engine.upSell(bunting, -1, 20).forEach(o -> anonymous.put(o.item(), o.score()));
    List<Offer> fitted = engine.upSell(bunting, shopper, 20);
    assertThat(fitted).isNotEmpty();
    for (Offer offer : fitted) {
      double price = snapshot.itemPrice(offer.item());
      assertThat(offer.score()).isCloseTo(anonymous.get(offer.item()) * 4.95 / price, within(1e-9));
    }
    assertThat(fitted).extracting(Offer::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }
}

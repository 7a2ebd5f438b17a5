package dev.tandem.engine.upsell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.engine.Engine;
import dev.tandem.engine.EngineModel;
import dev.tandem.engine.OnlineRetail;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.BusinessRulesFile;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.engine.pipeline.Offer;
import dev.tandem.propensity.AcceptanceModel;
import dev.tandem.propensity.LogisticRegression;
import dev.tandem.propensity.PropensitySplitSettings;
import dev.tandem.propensity.PurchasePropensity;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Up-sell with {@code upsell.acceptance=propensity} on Online Retail: the same candidates as the
 * default, ranked by the purchase-propensity model's P(accept) (times the price difference under
 * the revenue objective), explained by that model alone.
 */
class UpSellPropensityTest {
  static Snapshot snapshot;
  static AcceptanceModel model;
  static int bunting;

  @BeforeAll
  static void build() {
    snapshot = OnlineRetail.snapshot();
    model = OnlineRetail.model().purchasePropensity();
    bunting = OnlineRetail.item("47566"); // PARTY BUNTING, £4.95
  }

  @Test
  void conversion_ranksByTheModelsPAccept() {
    Engine engine =
        OnlineRetail.engine("upsell.acceptance=propensity\nupsell.objective=conversion");
    List<Offer> offers = engine.upSell(bunting, -1, 10);
    assertThat(offers).hasSizeGreaterThanOrEqualTo(5);
    for (Offer offer : offers) {
      double p = model.pAccept(-1, offer.item(), bunting);
      assertThat(offer.reason().measure("pAccept")).isEqualTo(p);
      assertThat(offer.score()).isEqualTo(p);
      assertThat(offer.reason().measures()).doesNotContainKeys("pChoice", "pWilling",
          "decidingOrders", "tradeUps");
    }
    assertThat(offers).extracting(Offer::score)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void revenue_ranksByPAcceptTimesPriceDifference() {
    Engine engine = OnlineRetail.engine("upsell.acceptance=propensity\nupsell.objective=revenue");
    List<Offer> offers = engine.upSell(bunting, -1, 10);
    assertThat(offers).hasSizeGreaterThanOrEqualTo(5);
    for (Offer offer : offers) {
      double difference = snapshot.itemPrice(offer.item()) - snapshot.itemPrice(bunting);
      assertThat(offer.reason().measure("priceDifference")).isCloseTo(difference, within(1e-9));
      assertThat(offer.score()).isCloseTo(model.pAccept(-1, offer.item(), bunting) * difference,
          within(1e-12));
    }
    assertThat(offers).extracting(Offer::score)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void onlyTheRankingChanges_theCandidatesAreTheDefaults() {
    Engine engine = OnlineRetail.engine("upsell.acceptance=propensity");
    assertThat(items(engine.upSell(bunting, -1, 1000)))
        .isEqualTo(items(OnlineRetail.engine().upSell(bunting, -1, 1000)));
  }

  @Test
  void sentence_quotesTheModelAndNoShareOrTradeUpEvidence() {
    Engine engine = OnlineRetail.engine("upsell.acceptance=propensity");
    for (Offer offer : engine.upSell(bunting, -1, 10)) {
      String score = String.format(java.util.Locale.ROOT, "%.2f",
          offer.reason().measure("pAccept"));
      assertThat(offer.reason().sentence()).startsWith("Upgrade: +£")
          .endsWith("; purchase-propensity score " + score + ", from its price and sales and its"
              + " orders with PARTY BUNTING")
          .doesNotContain("trade-up", "chose it instead", "orders of BUNTING");
    }
  }

  @Test
  void knownShopper_theModelReadsTheirHistory() {
    Engine engine = OnlineRetail.engine("upsell.acceptance=propensity");
    int shopper = snapshot.users().indexOf("12347");
    List<Offer> offers = engine.upSell(bunting, shopper, 10);
    assertThat(offers).isNotEmpty();
    for (Offer offer : offers) {
      assertThat(offer.reason().measure("pAccept"))
          .isEqualTo(model.pAccept(shopper, offer.item(), bunting));
      assertThat(offer.reason().sentence())
          .endsWith(", its orders with PARTY BUNTING and your purchases");
    }
  }

  @Test
  void theModel_isTrainedOnTheEnginesSnapshot_deterministically() {
    PurchasePropensity again = PurchasePropensity.train(snapshot, OnlineRetail.model().types(),
        PropensitySplitSettings.defaults(), LogisticRegression.defaults());
    PurchasePropensity served = OnlineRetail.model().purchasePropensity();
    assertThat(served.model().provenance().dataFingerprint()).isEqualTo(snapshot.fingerprint());
    assertThat(served.model().provenance().algorithm()).isEqualTo(LogisticRegression.ALGORITHM);
    for (Offer offer : OnlineRetail.engine("upsell.acceptance=propensity").upSell(bunting, -1, 5)) {
      assertThat(again.pAccept(-1, offer.item(), bunting))
          .isEqualTo(offer.reason().measure("pAccept"));
    }
  }

  @Test
  void shopWithoutCustomerIds_isToldToUseShares() {
    SnapshotBuilder builder = new SnapshotBuilder();
    String[] bags = {"RED LUNCH BAG", "PINK LUNCH BAG", "BLUE LUNCH BAG", "JUMBO LUNCH BAG"};
    for (int i = 0; i < bags.length; i++) {
      builder.item("B" + i, bags[i], null, 1.0 + i);
    }
    for (int order = 0; order < 40; order++) {
      for (int line = 0; line <= order % 3; line++) {
        builder.event(null, "B" + (order + line) % bags.length, "O" + order, EventType.PURCHASE,
            1, 1.0, 86_400_000L * order);
      }
    }
    Snapshot guests = builder.build(EventWeights.DEFAULT);
    BusinessRules rules = BusinessRulesFile.parse("upsell.acceptance=propensity");
    EngineModel model = EngineModel.build(guests);
    assertThatThrownBy(() -> Engine.of(model, rules, CatalogFacts.unknown(guests.itemCount())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("upsell.acceptance=propensity: a propensity model needs purchases"
            + " by known shoppers")
        .hasMessageContaining("(no customer ids?)")
        .hasMessageEndingWith("; use upsell.acceptance=share");
    assertThat(Engine.of(model, BusinessRules.defaults(), CatalogFacts.unknown(guests.itemCount()))
        .upSell(0, -1, 3)).isNotNull();
  }

  private static Set<Integer> items(List<Offer> offers) {
    return offers.stream().map(Offer::item).collect(Collectors.toSet());
  }
}

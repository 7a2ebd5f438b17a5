package dev.tandem.engine.upsell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.engine.Engine;
import dev.tandem.engine.OnlineRetail;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.BusinessRulesFile;
import dev.tandem.engine.businessrules.PriceBand;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import org.junit.jupiter.api.Test;

/** Trade-ups counted by hand on a tiny shop, and the bands learned from them on Online Retail. */
class TradeUpsTest {
  private static final long DAY = 86_400_000L;

  /** Mugs at £1, £1.50 and £3; one shopper trades up twice, one buys two mugs at once. */
  static Snapshot mugs() {
    SnapshotBuilder shop = new SnapshotBuilder()
        .item("M1", "MUG ONE", "MUG", 1.00).item("M2", "MUG TWO", "MUG", 1.50)
        .item("M3", "MUG THREE", "MUG", 3.00).item("P1", "PLATE", "PLATE", 5.00);
    shop.event("u1", "M1", "o1", EventType.PURCHASE, 1, 1.00, 0);
    shop.event("u1", "M2", "o2", EventType.PURCHASE, 1, 1.50, DAY); // M1 → M2: +50%
    shop.event("u1", "M3", "o3", EventType.PURCHASE, 1, 3.00, 2 * DAY); // M2 → M3: +100%
    shop.event("u1", "M2", "o4", EventType.PURCHASE, 1, 1.50, 3 * DAY); // bought before: no
    shop.event("u2", "M1", "o5", EventType.PURCHASE, 1, 1.00, 0);
    shop.event("u2", "M3", "o5", EventType.PURCHASE, 1, 3.00, 0); // same order: no
    shop.event("u2", "P1", "o6", EventType.PURCHASE, 1, 5.00, DAY); // other type: no
    shop.event(null, "M1", "o7", EventType.PURCHASE, 1, 1.00, 0);
    shop.event(null, "M3", "o8", EventType.PURCHASE, 1, 3.00, DAY); // guest: no
    return shop.build(EventWeights.DEFAULT);
  }

  @Test
  void tradeUps_handCounted() {
    Snapshot snapshot = mugs();
    ProductTypes types = ProductTypes.of(snapshot);
    TradeUps tradeUps = TradeUps.of(snapshot, types);
    int mug = types.typeNamed("MUG");
    int m1 = snapshot.items().indexOf("M1");
    int m2 = snapshot.items().indexOf("M2");
    int m3 = snapshot.items().indexOf("M3");
    assertThat(tradeUps.count(mug)).isEqualTo(2);
    assertThat(tradeUps.count()).isEqualTo(2);
    assertThat(tradeUps.count(-1)).isEqualTo(2);
    assertThat(tradeUps.between(m1, m2)).isEqualTo(1);
    assertThat(tradeUps.between(m2, m3)).isEqualTo(1);
    assertThat(tradeUps.between(m1, m3)).isZero();
    assertThat(tradeUps.quantile(mug, 0.0)).isCloseTo(0.5, within(1e-6));
    assertThat(tradeUps.quantile(mug, 1.0)).isCloseTo(1.0, within(1e-6));
    assertThat(tradeUps.shareAtLeast(mug, 0.6)).isCloseTo((1 + 1.0) / (2 + 2.0), within(1e-12));
    assertThat(tradeUps.shareAtLeast(mug, 0.5)).isCloseTo((2 + 1.0) / (2 + 2.0), within(1e-12));
    assertThat(tradeUps.shareAtLeast(types.typeNamed("PLATE"), 0.1)).isEqualTo(0.5);
  }

  @Test
  void bands_sourceByRule() {
    Snapshot snapshot = mugs();
    ProductTypes types = ProductTypes.of(snapshot);
    TradeUps tradeUps = TradeUps.of(snapshot, types);
    int mug = types.typeNamed("MUG");
    BusinessRules learn =
        BusinessRulesFile.parse("upsell.min-trade-ups=2\nupsell.learn-bands=true");
    assertThat(UpsellBands.of(learn, types, tradeUps).of(mug))
        .isEqualTo(new UpsellBands.TypeBand(new PriceBand(0.10, 1.00), UpsellBands.Source.LEARNED,
            2));
    assertThat(UpsellBands.of(BusinessRules.defaults(), types, tradeUps).of(mug).source())
        .isEqualTo(UpsellBands.Source.DEFAULT); // not learned by default, no prices given
    BusinessRules configured = BusinessRulesFile.parse(
        "upsell.min-trade-ups=2\nupsell.band-by-type=MUG: 0.2..0.4");
    assertThat(UpsellBands.of(configured, types, tradeUps).of(mug))
        .isEqualTo(new UpsellBands.TypeBand(new PriceBand(0.2, 0.4),
            UpsellBands.Source.CONFIGURED, 2));
  }

  @Test
  void bands_priceSpread_widenTheDefaultToTheTypesPrices() {
    Snapshot snapshot = mugs(); // mugs at 1.00, 1.50 and 3.00: the dearest is 3× the cheapest
    ProductTypes types = ProductTypes.of(snapshot);
    TradeUps tradeUps = TradeUps.of(snapshot, types);
    int mug = types.typeNamed("MUG");
    BusinessRules spread = BusinessRulesFile.parse("upsell.spread-bands=true");
    assertThat(UpsellBands.of(spread, types, tradeUps, snapshot).of(mug))
        .isEqualTo(new UpsellBands.TypeBand(new PriceBand(0.10, 2.00),
            UpsellBands.Source.PRICE_SPREAD, 2));
    BusinessRules off = BusinessRulesFile.parse("upsell.spread-bands=false");
    assertThat(UpsellBands.of(off, types, tradeUps, snapshot).of(mug).source())
        .isEqualTo(UpsellBands.Source.DEFAULT);
    assertThat(UpsellBands.of(spread, types, tradeUps, snapshot).of(types.typeNamed("PLATE")))
        .extracting(UpsellBands.TypeBand::band).isEqualTo(new PriceBand(0.10, 1.00)); // one plate
  }

  @Test
  void learnedBands_onlineRetail_widenTheDefaultToObservedTradeUps() {
    Engine engine = OnlineRetail.engine("upsell.learn-bands=true\nupsell.spread-bands=false");
    ProductTypes types = engine.types();
    TradeUps tradeUps = engine.model().tradeUps();
    // measured on the bundled file: about 16,000 trade-ups, 11,079 of them before 2011-10-01
    assertThat(tradeUps.count()).isBetween(12_000, 25_000);
    int learned = 0;
    for (int type = 0; type < types.size(); type++) {
      UpsellBands.TypeBand band = engine.upsellBand(type);
      if (band.source() == UpsellBands.Source.LEARNED) {
        learned++;
        assertThat(band.tradeUps()).isGreaterThanOrEqualTo(30);
        assertThat(band.band().minIncrease()).isLessThanOrEqualTo(0.10);
        assertThat(band.band().maxIncrease())
            .isCloseTo(Math.max(1.0, tradeUps.quantile(type, UpsellBands.UPPER)), within(1e-6));
      } else if (!types.isOther(type)) {
        assertThat(band.source()).isEqualTo(UpsellBands.Source.LEARNED_ALL_TYPES);
        assertThat(band.tradeUps()).isLessThan(30);
      }
    }
    assertThat(learned).isBetween(30, 150);
    int signs = types.typeNamed("SIGN");
    assertThat(engine.upsellBand(signs).band().maxIncrease()).isGreaterThan(2.0);
    Engine fixed = OnlineRetail.engine("upsell.learn-bands=false\nupsell.spread-bands=false");
    assertThat(fixed.upsellBand(signs))
        .isEqualTo(new UpsellBands.TypeBand(new PriceBand(0.10, 1.00),
            UpsellBands.Source.DEFAULT, tradeUps.count(signs)));
  }
}

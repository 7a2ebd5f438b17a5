package dev.tandem.engine.businessrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules file: every key read, defaults kept, mistakes explained. */
class BusinessRulesFileTest {
  @Test
  void parse_empty_isTheDefaults() {
    assertThat(BusinessRulesFile.parse("")).isEqualTo(BusinessRules.defaults());
  }

  @Test
  void parse_everyKey() {
    BusinessRules rules = BusinessRulesFile.parse("""
        in-stock-only=false
        exclude-already-bought=false
        consumable-types=CAKE CASES, CANDLES
        price-floor=1.5
        price-ceiling=50
        include-types=MUG
        exclude-types=CHRISTMAS
        blocked-items=22697, 85123A
        pinned-items=23166, 22423
        max-per-type=2
        min-margin=0.25
        diversity=0.5
        upsell.band=0.2..0.8
        upsell.band-by-type=LUNCH BAG: 0.05..0.50; JUMBO BAG: 0.10..0.30
        upsell.objective=margin
        upsell.min-orders=20
        upsell.max-extra-return-rate=0.05
        upsell.learn-bands=false
        upsell.min-trade-ups=50
        cross-sell.objective=revenue
        upsell.choice=pair
        upsell.recent-days=30
        upsell.choice-prior=0.5
        upsell.willingness-weight=2
        upsell.spread-bands=false
        upsell.acceptance=propensity
        """);
    assertThat(rules.inStockOnly()).isFalse();
    assertThat(rules.excludeAlreadyBought()).isFalse();
    assertThat(rules.consumableTypes()).containsExactlyInAnyOrder("CAKE CASES", "CANDLES");
    assertThat(rules.priceFloor()).isEqualTo(1.5);
    assertThat(rules.priceCeiling()).isEqualTo(50);
    assertThat(rules.includeTypes()).isEqualTo(Set.of("MUG"));
    assertThat(rules.excludeTypes()).isEqualTo(Set.of("CHRISTMAS"));
    assertThat(rules.blockedItems()).containsExactlyInAnyOrder("22697", "85123A");
    assertThat(rules.pinnedItems()).isEqualTo(List.of("23166", "22423"));
    assertThat(rules.maxPerType()).isEqualTo(2);
    assertThat(rules.minMargin()).isEqualTo(0.25);
    assertThat(rules.diversity()).isEqualTo(0.5);
    assertThat(rules.upsellBand()).isEqualTo(new PriceBand(0.2, 0.8));
    assertThat(rules.upsellBand("LUNCH BAG")).isEqualTo(new PriceBand(0.05, 0.5));
    assertThat(rules.upsellBand("MUG")).isEqualTo(new PriceBand(0.2, 0.8));
    assertThat(rules.upsellObjective()).isEqualTo(UpsellObjective.MARGIN);
    assertThat(rules.upsellMinOrders()).isEqualTo(20);
    assertThat(rules.upsellMaxExtraReturnRate()).isEqualTo(0.05);
    assertThat(rules.upsellLearnBands()).isFalse();
    assertThat(rules.upsellMinTradeUps()).isEqualTo(50);
    assertThat(rules.crossSellObjective()).isEqualTo(CrossSellObjective.REVENUE);
    assertThat(rules.upsellChoice()).isEqualTo(UpsellChoice.PAIR);
    assertThat(rules.upsellRecentDays()).isEqualTo(30);
    assertThat(rules.upsellChoicePrior()).isEqualTo(0.5);
    assertThat(rules.upsellWillingnessWeight()).isEqualTo(2);
    assertThat(rules.upsellSpreadBands()).isFalse();
    assertThat(rules.upsellAcceptance()).isEqualTo(UpsellAcceptance.PROPENSITY);
  }

  @Test
  void defaults_upsellValuesChosenOnValidation() {
    BusinessRules d = BusinessRules.defaults();
    assertThat(d.upsellChoice()).isEqualTo(UpsellChoice.RECENT);
    assertThat(d.upsellRecentDays()).isEqualTo(90);
    assertThat(d.upsellChoicePrior()).isEqualTo(0.1);
    assertThat(d.upsellWillingnessWeight()).isEqualTo(0.25);
    assertThat(d.upsellSpreadBands()).isTrue();
    assertThat(d.upsellLearnBands()).isFalse();
    assertThat(d.upsellMinOrders()).isEqualTo(1);
    assertThat(d.upsellAcceptance()).isEqualTo(UpsellAcceptance.SHARE);
    assertThatThrownBy(() -> BusinessRulesFile.parse("upsell.choice=both"))
        .hasMessageContaining("upsell.choice must be pair or recent");
    assertThatThrownBy(() -> BusinessRulesFile.parse("upsell.willingness-weight=-1"))
        .hasMessageContaining("upsell.willingness-weight must not be negative");
  }

  @Test
  void parse_upsellAcceptance_shareOrPropensity() {
    assertThat(BusinessRulesFile.parse("upsell.acceptance=share").upsellAcceptance())
        .isEqualTo(UpsellAcceptance.SHARE);
    assertThat(BusinessRulesFile.parse("upsell.acceptance= Propensity ").upsellAcceptance())
        .isEqualTo(UpsellAcceptance.PROPENSITY);
    assertThat(BusinessRulesFile.parse("upsell.acceptance=").upsellAcceptance())
        .isEqualTo(UpsellAcceptance.SHARE);
    assertThatThrownBy(() -> BusinessRulesFile.parse("upsell.acceptance=model"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("upsell.acceptance must be share or propensity, was 'model'");
  }

  @Test
  void parse_unknownKey_listsTheKnownOnes() {
    assertThatThrownBy(() -> BusinessRulesFile.parse("max-per-category=2"))
        .hasMessageContaining("unknown key 'max-per-category'")
        .hasMessageContaining("max-per-type");
  }

  @Test
  void parse_badValues_sayWhatIsExpected() {
    assertThatThrownBy(() -> BusinessRulesFile.parse("in-stock-only=yes"))
        .hasMessageContaining("in-stock-only must be true or false");
    assertThatThrownBy(() -> BusinessRulesFile.parse("diversity=2"))
        .hasMessageContaining("diversity must be between 0 and 1");
    assertThatThrownBy(() -> BusinessRulesFile.parse("price-floor=10\nprice-ceiling=5"))
        .hasMessageContaining("above price-ceiling");
    assertThatThrownBy(() -> BusinessRulesFile.parse("upsell.band=0.5"))
        .hasMessageContaining("MIN..MAX");
    assertThatThrownBy(() -> BusinessRulesFile.parse("upsell.objective=profit"))
        .hasMessageContaining("conversion, revenue or margin");
    assertThatThrownBy(() -> BusinessRulesFile.parse("cross-sell.objective=margin"))
        .hasMessageContaining("cross-sell.objective must be conversion or revenue");
    assertThatThrownBy(() -> BusinessRulesFile.parse("upsell.min-trade-ups=0"))
        .hasMessageContaining("upsell.min-trade-ups must be at least 1");
  }

  @Test
  void priceBand_containsItsEnds() {
    PriceBand band = new PriceBand(0.1, 1.0);
    assertThat(band.contains(10, 11)).isTrue();
    assertThat(band.contains(10, 20)).isTrue();
    assertThat(band.contains(10, 10.5)).isFalse();
    assertThat(band.contains(10, 20.5)).isFalse();
  }
}

package dev.tandem.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Algorithm names, and the engine's up-sell with rules overrides after a colon. */
class AlgorithmsTest {

  @Test
  void upSellWithOverrides_keepsThemInItsName() {
    assertThat(Algorithms.trainer(
        "tandem-upsell-Conversion:upsell.choice=pair,upsell.band-by-type=BUNTING: 0.1..0.5")
        .algorithm()).isEqualTo(
            "tandem-upsell-conversion:upsell.choice=pair,upsell.band-by-type=BUNTING: 0.1..0.5");
    assertThat(Algorithms.trainer("tandem-upsell-revenue:upsell.recent-days=30;"
        + "upsell.willingness-weight=1").algorithm())
        .isEqualTo("tandem-upsell-revenue:upsell.recent-days=30,upsell.willingness-weight=1");
    assertThat(Algorithms.trainer("tandem-upsell-revenue").algorithm())
        .isEqualTo("tandem-upsell-revenue");
    assertThat(Algorithms.trainer("tandem-upsell-conversion:upsell.acceptance=propensity")
        .algorithm()).isEqualTo("tandem-upsell-conversion:upsell.acceptance=propensity");
  }

  @Test
  void upSellWithBadOverride_failsBeforeTraining() {
    assertThatThrownBy(() -> Algorithms.trainer("tandem-upsell-revenue:upsell.colour=red"))
        .hasMessageContaining("unknown key 'upsell.colour'");
    assertThatThrownBy(() -> Algorithms.trainer("tandem-upsell-revenue:upsell.choice=both"))
        .hasMessageContaining("upsell.choice must be pair or recent");
    assertThatThrownBy(() -> Algorithms.trainer("tandem-upsell-revenue:upsell.acceptance=gbdt"))
        .hasMessageContaining("upsell.acceptance must be share or propensity, was 'gbdt'");
  }
}

package dev.tandem.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventWeightsTest {

  @Test
  void defaults_rankPurchaseAboveViewAndReturnAgainst() {
    EventWeights weights = EventWeights.DEFAULT;
    assertThat(weights.of(EventType.PURCHASE)).isGreaterThan(weights.of(EventType.ADD_TO_CART));
    assertThat(weights.of(EventType.ADD_TO_CART)).isGreaterThan(weights.of(EventType.VIEW));
    assertThat(weights.of(EventType.RETURN)).isNegative();
  }

  @Test
  void parse_overridesNamedTypesOnly() {
    EventWeights weights = EventWeights.parse("view=0.5, Return=-4");
    assertThat(weights.of(EventType.VIEW)).isEqualTo(0.5);
    assertThat(weights.of(EventType.RETURN)).isEqualTo(-4);
    assertThat(weights.of(EventType.PURCHASE)).isEqualTo(EventWeights.DEFAULT.of(EventType.PURCHASE));
  }

  @Test
  void parse_roundTripsThroughToString() {
    EventWeights weights = EventWeights.parse("add_to_cart=2.5");
    assertThat(EventWeights.parse(weights.toString())).isEqualTo(weights);
  }

  @Test
  void parse_unknownType_namesTheAcceptedOnes() {
    assertThatThrownBy(() -> EventWeights.parse("wishlist=2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown event type 'wishlist'")
        .hasMessageContaining("add_to_cart");
  }

  @Test
  void parse_badNumberOrShape_isExplained() {
    assertThatThrownBy(() -> EventWeights.parse("view=lots"))
        .hasMessageContaining("weight of view is not a number: 'lots'");
    assertThatThrownBy(() -> EventWeights.parse("view")).hasMessageContaining("type=weight");
    assertThatThrownBy(() -> EventWeights.parse("view=NaN")).hasMessageContaining("finite");
  }
}

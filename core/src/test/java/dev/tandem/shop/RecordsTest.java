package dev.tandem.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordsTest {
  private static final Instant T = Instant.parse("2011-12-09T12:50:00Z");

  @Test
  void item_rejectsNonPositivePriceAndBadCurrency() {
    assertThatThrownBy(() -> Item.of("22423", "CAKESTAND", 0, "GBP"))
        .hasMessage("price of item 22423 must be positive, was 0.0");
    assertThatThrownBy(() -> Item.of("22423", "CAKESTAND", -1, "GBP"))
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> Item.of("22423", "CAKESTAND", Double.NaN, "GBP"))
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> Item.of("22423", "CAKESTAND", 12.75, "pounds"))
        .hasMessageContaining("ISO 4217");
  }

  @Test
  void item_copiesCollectionsAndJoinsCategory() {
    Item item =
        new Item("p1", null, List.of("Home", "Kitchen"), null, 3.5, "BRL", 1.0, 4, Map.of("a", "b"));
    assertThat(item.title()).isEmpty();
    assertThat(item.category()).isEqualTo("Home > Kitchen");
    assertThatThrownBy(() -> item.categoryPath().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ids_mustBePresentAndOfSaneLength() {
    assertThatThrownBy(() -> User.of(" ")).hasMessage("user id is missing");
    assertThatThrownBy(() -> User.of("x".repeat(300)))
        .hasMessage("user id is 300 characters long; at most 256 allowed");
  }

  @Test
  void event_validatesQuantityRatingAndTime() {
    assertThatThrownBy(() -> Event.purchase("e1", "u", "o", "i", 0, 1.0, T))
        .hasMessage("quantity of event e1 must be positive, was 0");
    assertThatThrownBy(
            () -> new Event("e2", EventType.RATING, "u", null, null, "i", 1, null, null, T, null))
        .hasMessage("rating event e2 has no rating value");
    assertThatThrownBy(() -> Event.purchase("e3", "u", "o", "i", 1, -2.0, null))
        .hasMessageContaining("unit price of event e3");
  }

  @Test
  void event_blankOptionalIdsBecomeNull() {
    Event event = new Event("e", EventType.VIEW, " ", "", null, "i", 1, null, null, T, "");
    assertThat(event.userId()).isNull();
    assertThat(event.sessionId()).isNull();
    assertThat(event.recommendationId()).isNull();
  }

  @Test
  void eventType_wireNames() {
    assertThat(EventType.fromWireName("add-to-cart")).contains(EventType.ADD_TO_CART);
    assertThat(EventType.fromWireName("PURCHASE")).contains(EventType.PURCHASE);
    assertThat(EventType.fromWireName("wishlist")).isEmpty();
    assertThat(EventType.RETURN.wireName()).isEqualTo("return");
  }
}

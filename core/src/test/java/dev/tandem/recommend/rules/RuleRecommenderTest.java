package dev.tandem.recommend.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.rules.RuleMeasure;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import org.junit.jupiter.api.Test;

/**
 * Ten orders: 4 × {mug, tea}, 1 × {mug, card}, 5 × {card, pen}. Indices: mug 0, tea 1, card 2,
 * pen 3. With support 20% and confidence 10%: mug → tea (0.8), mug → card (0.2), tea → mug (1),
 * card → pen (5/6), card → mug (1/6), pen → card (1).
 */
class RuleRecommenderTest {

  static Snapshot shop() {
    SnapshotBuilder builder = new SnapshotBuilder();
    String[][] orders = {{"mug", "tea"}, {"mug", "tea"}, {"mug", "tea"}, {"mug", "tea"},
        {"mug", "card"}, {"card", "pen"}, {"card", "pen"}, {"card", "pen"}, {"card", "pen"},
        {"card", "pen"}};
    for (int o = 0; o < orders.length; o++) {
      for (String item : orders[o]) {
        builder.event("u" + (o % 3), item, "o" + o, EventType.PURCHASE, 1, 1, o);
      }
    }
    return builder.build(EventWeights.DEFAULT);
  }

  private static final RuleRecommender MODEL =
      new RulesTrainer(0.1, 0.1, 2, RuleMeasure.CONFIDENCE).train(shop());

  @Test
  void cart_rulesBestFirstThenPopularity() {
    Recommendations forMug = MODEL.recommend(Query.forItems(0), 3);
    // rules: tea (0.8), card (0.2); then the most popular other item: pen (5 orders)
    assertThat(forMug.items()).containsExactly(1, 2, 3);
    assertThat(forMug.score(0)).isEqualTo(0.8f);
    assertThat(forMug.score(2)).isLessThan(forMug.score(1));
  }

  @Test
  void cart_neverReturnsItsItems() {
    assertThat(MODEL.recommend(Query.forItems(2, 3), 4).items()).containsExactly(0, 1);
  }

  @Test
  void emptyQuery_popularityOnly() {
    // card 6 orders, mug 5, pen 5, tea 4: ties to the lower index
    assertThat(MODEL.recommend(Query.forItems(), 4).items()).containsExactly(2, 0, 3, 1);
  }

  @Test
  void provenance_recordsParametersAndRuleCount() {
    assertThat(MODEL.provenance().parameters())
        .containsEntry("minSupport", "0.1").containsEntry("rules", "6");
    assertThat(MODEL.ruleCount()).isEqualTo(6);
  }
}

package dev.tandem.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.engine.catalog.TypeParameters;
import dev.tandem.engine.explain.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MMR over product types, hand-computed on five items of two types. */
class DiversifierTest {
  // items 0,1,2 are MUGs, 3,4 BOWLs
  static final ProductTypes TYPES = ProductTypes.fromTitles(
      List.of("RED MUG", "BLUE MUG", "GREEN MUG", "RED BOWL", "BLUE BOWL", "GREEN BOWL"),
      new TypeParameters(2, 0.1, 2, 0.25, 2, 0, 2, 0.5, 3, 2));

  static List<Offer> offers(double... scores) {
    Reason reason = new Reason("test", Map.of(), "");
    return java.util.stream.IntStream.range(0, scores.length)
        .mapToObj(i -> new Offer(i, scores[i], reason)).toList();
  }

  static List<Integer> picked(Diversifier diversifier, int k) {
    return diversifier.pick(offers(1.0, 0.9, 0.8, 0.5, 0.4), k).stream().map(Offer::item).toList();
  }

  @Test
  void strengthZero_keepsTheScoreOrder() {
    assertThat(picked(new Diversifier(TYPES, 0, 0), 4)).containsExactly(0, 1, 2, 3);
  }

  @Test
  void strengthHalf_pullsTheOtherTypeUp() {
    // after mug 0: mug 1 = 0.5·0.9 − 0.5 = −0.05 < bowl 3 = 0.5·0.5 = 0.25
    assertThat(picked(new Diversifier(TYPES, 0.5, 0), 3)).containsExactly(0, 3, 1);
  }

  @Test
  void strengthLow_stillPrefersTheStrongerMug() {
    // after mug 0: mug 1 = 0.9·0.9 − 0.1 = 0.71 > bowl 3 = 0.9·0.5 = 0.45
    assertThat(picked(new Diversifier(TYPES, 0.1, 0), 2)).containsExactly(0, 1);
  }

  @Test
  void maxPerType_capsEachType() {
    assertThat(picked(new Diversifier(TYPES, 0, 1), 5)).containsExactly(0, 3);
  }
}

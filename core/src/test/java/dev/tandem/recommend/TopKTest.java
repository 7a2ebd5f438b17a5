package dev.tandem.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopKTest {

  @Test
  void select_ranksBestFirstAndSkipsQueryItemsAndNaN() {
    float[] scores = {0.5f, Float.NaN, 3f, 2f, Float.NEGATIVE_INFINITY, 3f, 1f};
    Recommendations top = TopK.select(scores, 3, Query.forItems(2));
    assertThat(top.items()).containsExactly(5, 3, 6);
    assertThat(top.score(0)).isEqualTo(3f);
    assertThat(TopK.select(scores, 10, Query.forItems()).items()).containsExactly(2, 5, 3, 6, 0);
    assertThat(TopK.select(scores, 0, Query.forItems()).size()).isZero();
    assertThat(TopK.select(scores, 5, Query.forItems(), 1f).items()).containsExactly(2, 5, 3);
  }

  @Test
  void select_agreesWithAFullSortOnRandomScoresWithTies() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(300);
      float[] scores = new float[n];
      for (int i = 0; i < n; i++) {
        scores[i] = random.nextInt(20);
      }
      int k = 1 + random.nextInt(40);
      int[] excluded = {random.nextInt(n), random.nextInt(n)};
      int[] expected =
          IntStream.range(0, n)
              .filter(i -> i != excluded[0] && i != excluded[1])
              .boxed()
              .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(i -> i))
              .limit(k)
              .mapToInt(Integer::intValue)
              .toArray();
      int[] actual = TopK.select(scores, k, Query.forItems(excluded)).items();
      assertThat(actual).as("round %d: %s", round, Arrays.toString(scores)).containsExactly(expected);
    }
  }
}

package dev.tandem.evaluation.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Orders (time: customer: items): o1 t1 ann {mug, tea}; o2 t2 bob {card}; o3 t3 ann {pen};
 * o4 t4 bob {mug, pen}; o5 t5 cat {tea}. Item indices: mug 0, tea 1, card 2, pen 3.
 */
class SplittersTest {

  static Snapshot shop() {
    SnapshotBuilder builder = new SnapshotBuilder()
        .item("mug", "Mug", "kitchen", 5).item("tea", "Tea", "kitchen", 3)
        .item("card", "Card", "paper", 2).item("pen", "Pen", "paper", 1);
    order(builder, "o1", 1, "ann", "mug", "tea");
    order(builder, "o2", 2, "bob", "card");
    order(builder, "o3", 3, "ann", "pen");
    order(builder, "o4", 4, "bob", "mug", "pen");
    order(builder, "o5", 5, "cat", "tea");
    return builder.build(EventWeights.DEFAULT);
  }

  private static void order(SnapshotBuilder builder, String id, long time, String user,
      String... items) {
    for (String item : items) {
      builder.event(user, item, id, EventType.PURCHASE, 2, 1.5, time);
    }
  }

  @Test
  void temporal_cutInTime() {
    Split split = TemporalSplit.at(4).split(shop());
    assertThat(split.training().basketCount()).isEqualTo(3);
    assertThat(split.training().itemCount()).isEqualTo(4);
    assertThat(split.training().itemCategory(3)).isEqualTo(split.training().itemCategory(2));
    // bob's o4 is held out; cat has no training event: no case
    assertThat(split.testCases()).hasSize(1);
    TestCase bob = split.testCases().get(0);
    assertThat(split.training().users().idOf(bob.query().user())).isEqualTo("bob");
    assertThat(bob.relevant()).containsExactly(0, 3);
    assertThat(bob.values()).containsExactly(3.0, 3.0);
  }

  @Test
  void leaveLastBasketOut_lastOrderOfCustomersWithTwo() {
    Split split = LeaveLastBasketOut.withDefaultWeights().split(shop());
    assertThat(split.testCases()).hasSize(2);
    assertThat(split.testCases().get(0).relevant()).containsExactly(3);
    assertThat(split.testCases().get(1).relevant()).containsExactly(0, 3);
    assertThat(split.training().basketCount()).isEqualTo(3);
  }

  @Test
  void randomHoldout_seededShareOfEachCustomersItems() {
    Split first = RandomHoldout.of(0.5, 42).split(shop());
    Split again = RandomHoldout.of(0.5, 42).split(shop());
    assertThat(again.testCases()).isEqualTo(first.testCases());
    // ann and bob bought 3 items each: 1 held out; cat bought 1: none
    assertThat(first.testCases()).hasSize(2).allSatisfy(c -> {
      assertThat(c.relevant()).hasSize(1);
      int user = c.query().user();
      int held = c.relevant()[0];
      assertThat(first.training().userItems().get(user, held)).isZero();
    });
    Set<List<Integer>> seen = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      seen.add(RandomHoldout.of(0.5, seed).split(shop()).testCases().stream()
          .map(c -> c.relevant()[0]).toList());
    }
    assertThat(seen).hasSizeGreaterThan(1);
  }

  @Test
  void asBenchmark_countsUsers() {
    Split split = LeaveLastBasketOut.withDefaultWeights().split(shop());
    assertThat(split.asBenchmark("LLBO", 5).count("users")).isEqualTo(2);
    assertThat(split.asBenchmark("LLBO", 5).headline()).containsExactly("Recall", "NDCG");
  }
}

package dev.tandem.recommend;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.util.SplittableRandom;

/** Small hand-made and seeded random shops for model tests. */
public final class TinyShop {
  private TinyShop() {}

  /**
   * A shop whose basket b holds the given item ids and is bought by {@code users[b]} (null for a
   * guest), one basket per minute. Items are interned in order of first sight.
   */
  public static Snapshot of(String[] users, String[]... baskets) {
    SnapshotBuilder builder = new SnapshotBuilder();
    for (int b = 0; b < baskets.length; b++) {
      for (String item : baskets[b]) {
        builder.event(users[b], item, "O" + b, EventType.PURCHASE, 1, 1.0, 60_000L * b);
      }
    }
    return builder.build(EventWeights.DEFAULT);
  }

  /** Guest baskets only. */
  public static Snapshot guests(String[]... baskets) {
    return of(new String[baskets.length], baskets);
  }

  /**
   * A seeded random shop: {@code baskets} baskets of 1..maxSize items drawn with a popularity skew
   * from {@code items} items, bought by {@code users} shoppers.
   */
  public static Snapshot random(long seed, int items, int baskets, int maxSize, int users) {
    SplittableRandom random = new SplittableRandom(seed);
    SnapshotBuilder builder = new SnapshotBuilder();
    for (int i = 0; i < items; i++) {
      builder.item("I" + i, "item " + i, null, 1.0);
    }
    for (int b = 0; b < baskets; b++) {
      String user = "U" + random.nextInt(users);
      int size = 1 + random.nextInt(maxSize);
      for (int s = 0; s < size; s++) {
        int item = (int) (items * Math.pow(random.nextDouble(), 2));
        builder.event(user, "I" + item, "O" + b, EventType.PURCHASE, 1, 1.0, 60_000L * b);
      }
    }
    return builder.build(EventWeights.DEFAULT);
  }

  public static int item(Snapshot snapshot, String id) {
    return snapshot.items().indexOf(id);
  }

  public static int[] items(Snapshot snapshot, String... ids) {
    int[] indices = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      indices[i] = snapshot.items().indexOf(ids[i]);
    }
    return indices;
  }
}

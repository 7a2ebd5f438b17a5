package dev.tandem.segments;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.Recommender;
import dev.tandem.recommend.Trainer;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code segment-popularity}: the best sellers of the shopper's RFM segment (segments as of the
 * end of the training data), first orders' best sellers for a shopper with no purchase, and global
 * best sellers after either list runs out.
 *
 * @param settings how customers are segmented
 */
public record SegmentPopularityTrainer(SegmentSettings settings) implements Trainer {
  public static final String ALGORITHM = "segment-popularity";

  public static SegmentPopularityTrainer defaults() {
    return new SegmentPopularityTrainer(SegmentSettings.defaults());
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public Recommender train(Snapshot snapshot) {
    CustomerSegments segments = CustomerSegments.build(snapshot, settings,
        ProductTypes.of(snapshot));
    SegmentPopularity popularity = SegmentPopularity.of(snapshot, segments);
    int[] global = allOrders(snapshot);
    Provenance provenance = Provenance.of(ALGORITHM, Map.of("k", segments.size(),
        "kSetting", settings.k() == 0 ? "silhouette" : settings.k(), "asOf",
        segments.table().asOf()), snapshot.fingerprint(), settings.seed());
    return new Model(provenance, popularity, SegmentPopularity.Ranked.of(global));
  }

  private static int[] allOrders(Snapshot snapshot) {
    int[] counts = new int[snapshot.itemCount()];
    var baskets = snapshot.basketItems();
    for (int p = 0; p < baskets.nonZeroCount(); p++) {
      counts[baskets.columnAt(p)]++;
    }
    return counts;
  }

  /** The trained lists. Immutable and thread-safe. */
  private record Model(
      Provenance provenance, SegmentPopularity popularity, SegmentPopularity.Ranked global)
      implements Recommender {

    @Override
    public Recommendations recommend(Query query, int k) {
      int[] items = new int[Math.max(0, k)];
      float[] scores = new float[items.length];
      int n = take(popularity.forUser(query.user()), query, items, scores, 0, 2);
      n = take(global, query, items, scores, n, 1);
      return new Recommendations(Arrays.copyOf(items, n), Arrays.copyOf(scores, n));
    }

    /** Appends the list's items not yet taken; scores {@code level + share} keep lists apart. */
    private static int take(SegmentPopularity.Ranked list, Query query, int[] items,
        float[] scores, int n, int level) {
      for (int r = 0; r < list.size() && n < items.length; r++) {
        int item = list.item(r);
        if (!query.contains(item) && !taken(items, n, item)) {
          items[n] = item;
          scores[n++] = (float) (level + list.share(r));
        }
      }
      return n;
    }

    private static boolean taken(int[] items, int n, int item) {
      for (int i = 0; i < n; i++) {
        if (items[i] == item) {
          return true;
        }
      }
      return false;
    }

    @Override
    public long sizeInBytes() {
      return popularity.sizeInBytes() + 8L * global.size();
    }
  }
}

package dev.tandem.evaluation.engine;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.evaluation.protocol.CheaperSubstitutes;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.Recommender;
import dev.tandem.recommend.Trainer;
import java.util.Arrays;
import java.util.Map;

/**
 * The up-sell baselines: for a query's first item {@code a}, the items of its product type (the
 * engine's types, never the catch-all) priced at least 10% above {@code a} (the protocols' trade-up
 * floor, also the engine's default band floor), either by training orders
 * (most popular first, "most popular pricier item in the category") or by price (nearest higher
 * price first, "nearest higher price in the category"); ties by orders, then the lower index. No
 * band, no other rule: what a shop gets from a static price rule.
 */
public final class PricierInType implements Trainer {
  /** The protocols' trade-up floor: candidates at least this much pricier than the item. */
  static final double MIN_INCREASE = CheaperSubstitutes.MIN_INCREASE;

  /** How the pricier items are ordered. */
  public enum Order {
    POPULAR,
    NEAREST
  }

  private final Order order;

  public PricierInType(Order order) {
    this.order = order;
  }

  @Override
  public String algorithm() {
    return order == Order.POPULAR ? "pricier-popular" : "pricier-nearest";
  }

  @Override
  public Recommender train(Snapshot snapshot) {
    ProductTypes types = ProductTypes.of(snapshot);
    int[] orders = orders(snapshot);
    int[][] ranked = new int[types.size()][];
    for (int type = 0; type < ranked.length; type++) {
      ranked[type] = types.isOther(type) ? new int[0] : ranked(types.items(type), snapshot, orders);
    }
    Provenance provenance = Provenance.of(algorithm(), Map.of("order", order),
        snapshot.fingerprint(), 0);
    return new Ranked(snapshot, types, ranked, provenance);
  }

  private int[] ranked(int[] items, Snapshot snapshot, int[] orders) {
    return Arrays.stream(items).boxed().filter(i -> snapshot.itemPrice(i) > 0)
        .sorted((a, b) -> {
          int byPrice = Double.compare(snapshot.itemPrice(a), snapshot.itemPrice(b));
          if (order == Order.NEAREST && byPrice != 0) {
            return byPrice;
          }
          return orders[a] != orders[b] ? orders[b] - orders[a] : a - b;
        }).mapToInt(Integer::intValue).toArray();
  }

  private static int[] orders(Snapshot snapshot) {
    var byItem = snapshot.basketItems().transpose();
    int[] orders = new int[snapshot.itemCount()];
    for (int item = 0; item < orders.length && item < byItem.rowCount(); item++) {
      orders[item] = byItem.rowLength(item);
    }
    return orders;
  }

  /** Per type, its items in the baseline's order; a query walks its type's list. */
  private record Ranked(Snapshot snapshot, ProductTypes types, int[][] ranked,
      Provenance provenance) implements Recommender {
    @Override
    public Recommendations recommend(Query query, int k) {
      int[] context = query.items();
      if (context.length == 0) {
        return Recommendations.none();
      }
      int a = context[0];
      double price = snapshot.itemPrice(a);
      int[] out = new int[k];
      int n = 0;
      for (int item : ranked[types.typeOf(a)]) {
        if (n == k) {
          break;
        }
        if (price * (1 + MIN_INCREASE) <= snapshot.itemPrice(item) + 1e-9
            && !query.contains(item)) {
          out[n++] = item;
        }
      }
      float[] scores = new float[n];
      for (int r = 0; r < n; r++) {
        scores[r] = n - r;
      }
      return new Recommendations(Arrays.copyOf(out, n), scores);
    }

    @Override
    public long sizeInBytes() {
      return 4L * snapshot.itemCount() * 2;
    }
  }
}

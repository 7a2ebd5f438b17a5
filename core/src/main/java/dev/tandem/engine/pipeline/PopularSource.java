package dev.tandem.engine.pipeline;

import dev.tandem.engine.explain.Reason;
import dev.tandem.engine.explain.Sentences;
import dev.tandem.engine.relation.CooccurrenceCounts;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The fallback: best sellers by orders, scored far below any co-purchase evidence (one thousandth
 * of their share of orders), so they only fill places the other sources leave empty.
 */
public final class PopularSource implements CandidateSource {
  static final double SCALE = 1e-3;

  /** Best sellers kept as a fallback by default. */
  public static final int FALLBACK = 50;
  private final int[] bestSellers;
  private final Offer[] offers;

  public PopularSource(CooccurrenceCounts counts, int keep) {
    this.bestSellers = IntStream.range(0, counts.itemCount()).boxed()
        .filter(i -> counts.ordersWith(i) > 0)
        .sorted((a, b) -> counts.ordersWith(b) != counts.ordersWith(a)
            ? counts.ordersWith(b) - counts.ordersWith(a) : a - b)
        .limit(keep).mapToInt(Integer::intValue).toArray();
    this.offers = new Offer[bestSellers.length];
    for (int i = 0; i < offers.length; i++) {
      int orders = counts.ordersWith(bestSellers[i]);
      offers[i] = new Offer(bestSellers[i], SCALE * orders / Math.max(1, counts.orderCount()),
          new Reason(name(), Map.of("orders", (double) orders), Sentences.popular(orders)));
    }
  }

  @Override
  public String name() {
    return "popular";
  }

  @Override
  public void propose(Request request, CandidatePool pool, int limit) {
    for (int i = 0; i < offers.length && i < limit; i++) {
      pool.offer(offers[i]);
    }
  }
}

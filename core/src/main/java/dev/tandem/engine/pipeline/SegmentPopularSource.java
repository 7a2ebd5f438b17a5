package dev.tandem.engine.pipeline;

import dev.tandem.engine.explain.Reason;
import dev.tandem.segments.Segment;
import dev.tandem.segments.SegmentPopularity;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fallback, fitted to the shopper: a known customer gets the best sellers of their RFM
 * segment, a known shopper who never bought gets what customers buy in their first order, and an
 * anonymous request the global best sellers ({@link PopularSource}). Scored like the global
 * fallback, one thousandth of the item's share, so these fill only places the other sources leave
 * empty. On OR-NEXT the segment lists beat global popularity (docs/segments.md).
 */
public final class SegmentPopularSource implements CandidateSource {
  private final SegmentPopularity popularity;
  private final CandidateSource global;
  private final int keep;

  public SegmentPopularSource(SegmentPopularity popularity, CandidateSource global, int keep) {
    this.popularity = popularity;
    this.global = global;
    this.keep = keep;
  }

  @Override
  public String name() {
    return "segment-popular";
  }

  @Override
  public void propose(Request request, CandidatePool pool, int limit) {
    if (!request.hasUser()) {
      global.propose(request, pool, limit);
      return;
    }
    int segment = popularity.segments().segmentOf(request.user());
    SegmentPopularity.Ranked list = popularity.forUser(request.user());
    String who = segment < 0 ? null : popularity.segments().segments().get(segment).name();
    for (int r = 0; r < list.size() && r < Math.min(limit, keep); r++) {
      int orders = list.orders(r);
      Supplier<String> sentence = who == null
          ? () -> "Popular in first orders: in " + orders + " customers' first orders"
          : () -> "Popular with shoppers like you (" + who + "): in " + orders
              + " of their orders";
      pool.offer(new Offer(list.item(r), PopularSource.SCALE * list.share(r),
          new Reason(name(), Map.of("orders", (double) orders, "segment", (double) segment),
              sentence)));
    }
  }

  /** The segment a shopper belongs to, or null. */
  public Segment segmentOf(int user) {
    int segment = popularity.segments().segmentOf(user);
    return segment < 0 ? null : popularity.segments().segments().get(segment);
  }
}

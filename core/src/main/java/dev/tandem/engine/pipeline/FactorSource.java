package dev.tandem.engine.pipeline;

import dev.tandem.engine.explain.Reason;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.Recommender;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Taste from a factor model (implicit ALS): the request's context (the cart, or the shopper's
 * recent purchases, live ones included) is folded in at request time, so new shoppers and
 * anonymous carts get personal candidates too. Scored {@link #SCALE} times the model's score: below
 * co-purchase evidence, above the best-seller fallback. Only for the request kinds given.
 */
public final class FactorSource implements CandidateSource {
  /** Factor scores are preferences near 0..1; co-purchase confidences outrank them. */
  static final double SCALE = 1e-2;

  /** Candidates per item wanted: the pipeline's shortlist, not its whole pool. */
  static final int PER_ITEM_WANTED = 5;

  private final Recommender factors;
  private final Set<RequestKind> kinds;

  public FactorSource(Recommender factors, Set<RequestKind> kinds) {
    this.factors = factors;
    this.kinds = EnumSet.copyOf(kinds);
  }

  @Override
  public String name() {
    return "factors";
  }

  @Override
  public void propose(Request request, CandidatePool pool, int limit) {
    if (!kinds.contains(request.kind()) || request.contextSize() == 0) {
      return;
    }
    int wanted = Math.min(limit, Math.max(Pipeline.MIN_SHORTLIST, PER_ITEM_WANTED * request.k()));
    Recommendations found = factors.recommend(Query.forItems(request.context()), wanted);
    for (int r = 0; r < found.size(); r++) {
      double score = found.score(r);
      if (score > 0) {
        pool.offer(new Offer(found.item(r), SCALE * score, Reason.lazy(name(),
            () -> Map.of("preference", score), () -> "Shoppers with a similar basket liked it")));
      }
    }
  }
}

package dev.tandem.engine.pipeline;

import dev.tandem.engine.explain.Reason;
import dev.tandem.engine.explain.Sentences;
import dev.tandem.engine.relation.ComplementIndex;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What goes with the items of the shopper's browsing session (this visit's views, carts and
 * purchases, latest first): each session item at position p (0 the latest) proposes its best
 * complements scored {@value #WEIGHT} × {@value #DECAY}^p × P(candidate | item), so the latest
 * items count most and a session never outranks strong evidence about the page's own item. The
 * reason names the session item: "Because you viewed X in this visit". Only the session items not
 * in the request's context propose; without a session, nothing.
 */
public final class SessionSource implements CandidateSource {
  static final double WEIGHT = 0.5;
  static final double DECAY = 0.7;

  /** Complements proposed per session item. */
  static final int PER_ITEM = 10;

  private final Complements complements;
  private final IntFunction<String> titles;

  public SessionSource(Complements complements, IntFunction<String> titles) {
    this.complements = complements;
    this.titles = titles;
  }

  @Override
  public String name() {
    return "session";
  }

  @Override
  public void propose(Request request, CandidatePool pool, int limit) {
    int proposed = 0;
    for (int p = 0; p < request.sessionSize() && proposed < limit; p++) {
      int viewed = request.sessionItem(p);
      if (request.inContext(viewed)) {
        continue;
      }
      double weight = WEIGHT * Math.pow(DECAY, p);
      ComplementIndex index = complements.indexFor(viewed);
      int end = Math.min(index.end(viewed), index.start(viewed) + PER_ITEM);
      for (int at = index.start(viewed); at < end && proposed < limit; at++, proposed++) {
        pool.offer(offer(index, at, viewed, p, weight));
      }
    }
  }

  private Offer offer(ComplementIndex index, int at, int viewed, int position, double weight) {
    double confidence = index.confidenceAt(at);
    Map<String, Double> measures = Map.of("confidence", confidence,
        "orders", (double) index.togetherAt(at), "lift", index.liftAt(at),
        "sessionPosition", (double) position);
    int together = index.togetherAt(at);
    double lift = index.liftAt(at);
    return new Offer(index.otherAt(at), weight * confidence, new Reason(name(), measures,
        () -> Sentences.viewedInThisVisit(titles.apply(viewed), together, lift)));
  }
}

package dev.tandem.engine.pipeline;

import dev.tandem.engine.explain.Reason;
import dev.tandem.engine.explain.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one request through the stages: every source proposes up to {@code poolSize} candidates,
 * the filters drop what the business rules forbid, the rescorers adjust the rest, pinned items
 * (that pass the filters) go first and the diversifier picks the rest from a shortlist of the
 * best candidates that pass. Immutable and thread-safe.
 */
public record Pipeline(
    List<CandidateSource> sources,
    List<CandidateFilter> filters,
    List<Rescorer> rescorers,
    Diversifier diversifier,
    int[] pinned,
    int poolSize) {

  /** The diversifier picks from the best {@code max(50, 5 k)} candidates that pass the rules. */
  static final int MIN_SHORTLIST = 50;

  static final int SHORTLIST_PER_ITEM = 5;

  public Pipeline {
    sources = List.copyOf(sources);
    filters = List.copyOf(filters);
    rescorers = List.copyOf(rescorers);
    pinned = pinned.clone();
  }

  public List<Offer> run(Request request) {
    CandidatePool pool = new CandidatePool(request);
    for (CandidateSource source : sources) {
      source.propose(request, pool, poolSize);
    }
    List<Offer> kept = new ArrayList<>(pool.size());
    int enough = Math.max(MIN_SHORTLIST, SHORTLIST_PER_ITEM * request.k()) + pinned.length;
    for (Offer offer : pool.bestFirst()) {
      if (kept.size() >= enough) {
        break;
      }
      Offer rescored = allowed(request, offer.item()) ? rescore(request, offer) : null;
      if (rescored != null) {
        kept.add(rescored);
      }
    }
    kept.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
        : Integer.compare(a.item(), b.item()));
    List<Offer> out = pinnedOffers(request);
    kept.removeIf(o -> out.stream().anyMatch(p -> p.item() == o.item()));
    out.addAll(diversifier.pick(kept, Math.max(0, request.k() - out.size())));
    return out;
  }

  /** Whether every filter keeps the item; the name of the first that drops it otherwise. */
  public String droppedBy(Request request, int item) {
    for (CandidateFilter filter : filters) {
      if (!filter.keep(request, item)) {
        return filter.name();
      }
    }
    return null;
  }

  private boolean allowed(Request request, int item) {
    return droppedBy(request, item) == null;
  }

  private Offer rescore(Request request, Offer offer) {
    Offer current = offer;
    for (Rescorer rescorer : rescorers) {
      double score = rescorer.rescore(request, current);
      if (Double.isNaN(score)) {
        return null;
      }
      current = new Offer(current.item(), score, current.reason());
    }
    return current;
  }

  private List<Offer> pinnedOffers(Request request) {
    List<Offer> out = new ArrayList<>();
    Reason reason = new Reason("pinned", Map.of(), Sentences.pinned());
    for (int item : pinned) {
      if (out.size() < request.k() && !request.inContext(item) && allowed(request, item)) {
        out.add(new Offer(item, 0, reason));
      }
    }
    return out;
  }
}

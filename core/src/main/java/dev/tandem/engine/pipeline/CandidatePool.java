package dev.tandem.engine.pipeline;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The candidates of one request: at most one offer per item, the best-scored one; context items
 * are refused. Not thread-safe: one pool per request.
 */
public final class CandidatePool {
  private final Request request;
  private final Int2ObjectOpenHashMap<Offer> offers = new Int2ObjectOpenHashMap<>();

  public CandidatePool(Request request) {
    this.request = request;
  }

  /** Adds the offer unless its item is in the request's context or already has a better offer. */
  public void offer(Offer offer) {
    if (request.inContext(offer.item()) || Double.isNaN(offer.score())) {
      return;
    }
    Offer current = offers.get(offer.item());
    if (current == null || offer.score() > current.score()) {
      offers.put(offer.item(), offer);
    }
  }

  public boolean has(int item) {
    return offers.containsKey(item);
  }

  public int size() {
    return offers.size();
  }

  /** The offers, best first (ties: lower item index). */
  public List<Offer> bestFirst() {
    List<Offer> all = new ArrayList<>(offers.values());
    all.sort(Comparator.comparingDouble(Offer::score).reversed()
        .thenComparingInt(Offer::item));
    return all;
  }
}

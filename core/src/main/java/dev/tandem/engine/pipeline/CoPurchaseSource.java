package dev.tandem.engine.pipeline;

import dev.tandem.engine.explain.Reason;
import dev.tandem.engine.explain.Sentences;
import dev.tandem.engine.relation.ComplementIndex;
import it.unimi.dsi.fastutil.ints.Int2ObjectMaps;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.util.Arrays;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Complements of the context items, read from the {@link ComplementIndex}: the best complements of
 * each context item are candidates ({@code limit} shared among the context items, at least 20
 * each). A candidate's score is the mean over context
 * items of P(candidate | item) (0 for items it does not go with), so an item that completes several
 * cart items ranks first. The reason cites its strongest pair. Each candidate is looked up once in
 * the request's map (hundreds of candidates per cart).
 */
public final class CoPurchaseSource implements CandidateSource {
  /** Each context item contributes its best {@code max(20, limit / context size)} complements. */
  static final int MIN_PER_CONTEXT_ITEM = 20;

  private final Complements complements;
  private final IntFunction<String> titles;

  public CoPurchaseSource(ComplementIndex complements, IntFunction<String> titles) {
    this(item -> complements, titles);
  }

  /** Reads each context item's complements where {@code complements} says (a live overlay). */
  public CoPurchaseSource(Complements complements, IntFunction<String> titles) {
    this.complements = complements;
    this.titles = titles;
  }

  @Override
  public String name() {
    return "co-purchase";
  }

  @Override
  public void propose(Request request, CandidatePool pool, int limit) {
    Int2ObjectOpenHashMap<Evidence> found = new Int2ObjectOpenHashMap<>();
    int perItem = Math.max(MIN_PER_CONTEXT_ITEM, limit / Math.max(1, request.contextSize()));
    for (int i = 0; i < request.contextSize(); i++) {
      int with = request.contextItem(i);
      ComplementIndex complements = this.complements.indexFor(with);
      int end = Math.min(complements.end(with), complements.start(with) + perItem);
      for (int p = complements.start(with); p < end; p++) {
        found.computeIfAbsent(complements.otherAt(p), other -> new Evidence())
            .add(with, p, complements);
      }
    }
    int[] candidates = new int[found.size()];
    Evidence[] evidence = new Evidence[candidates.length];
    double[] keys = new double[candidates.length];
    int n = 0;
    for (var entry : Int2ObjectMaps.fastIterable(found)) {
      candidates[n] = entry.getIntKey();
      evidence[n] = entry.getValue();
      keys[n++] = entry.getValue().confidenceSum;
    }
    Integer[] order = new Integer[candidates.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> keys[a] != keys[b] ? Double.compare(keys[b], keys[a])
        : Integer.compare(candidates[a], candidates[b]));
    for (int i = 0; i < order.length && i < limit; i++) {
      pool.offer(offer(candidates[order[i]], evidence[order[i]], request));
    }
  }

  private Offer offer(int item, Evidence e, Request request) {
    double score = e.confidenceSum / request.contextSize();
    boolean single = request.contextSize() == 1;
    int together = e.bestTogether;
    double lift = e.bestLift;
    int matched = e.matched;
    int with = e.bestWith;
    Supplier<String> sentence = single ? () -> Sentences.boughtTogether(together, lift)
        : () -> Sentences.goesWithCart(matched, together, lift, titles.apply(with));
    double confidence = e.bestConfidence;
    Supplier<Map<String, Double>> measures = () -> Map.of("orders", (double) together,
        "lift", lift, "confidence", confidence, "matched", (double) matched);
    return new Offer(item, score, Reason.lazy(name(), measures, sentence));
  }

  /** What one candidate has with the context: totals and its strongest pair. */
  private static final class Evidence {
    double confidenceSum;
    int matched;
    int bestWith = -1;
    int bestTogether;
    double bestLift;
    double bestConfidence = -1;

    void add(int with, int position, ComplementIndex complements) {
      double confidence = complements.confidenceAt(position);
      confidenceSum += confidence;
      matched++;
      if (confidence > bestConfidence) {
        bestWith = with;
        bestTogether = complements.togetherAt(position);
        bestLift = complements.liftAt(position);
        bestConfidence = confidence;
      }
    }
  }
}

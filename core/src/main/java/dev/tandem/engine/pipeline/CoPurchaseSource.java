package dev.tandem.engine.pipeline;

import dev.tandem.engine.explain.Reason;
import dev.tandem.engine.explain.Sentences;
import dev.tandem.engine.relation.CooccurrenceCounts;
import dev.tandem.engine.relation.RelationThresholds;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Complements of the context items from pair counts: an item is a candidate when, with some
 * context item x, it is in at least {@code minTogether} orders and {@code minLift} times more often
 * than chance. Its score is the mean over context items of P(item | x) (0 for items it does not
 * go with), so an item that completes several cart items ranks first. The reason cites its
 * strongest pair.
 */
public final class CoPurchaseSource implements CandidateSource {
  private final CooccurrenceCounts counts;
  private final RelationThresholds thresholds;
  private final IntFunction<String> titles;

  public CoPurchaseSource(CooccurrenceCounts counts, RelationThresholds thresholds,
      IntFunction<String> titles) {
    this.counts = counts;
    this.thresholds = thresholds;
    this.titles = titles;
  }

  @Override
  public String name() {
    return "co-purchase";
  }

  @Override
  public void propose(Request request, CandidatePool pool, int limit) {
    Int2ObjectOpenHashMap<Evidence> found = new Int2ObjectOpenHashMap<>();
    for (int i = 0; i < request.contextSize(); i++) {
      collect(request.contextItem(i), found);
    }
    List<Offer> offers = new ArrayList<>(found.size());
    found.forEach((item, evidence) -> offers.add(offer(item, evidence, request)));
    offers.sort((a, b) -> Double.compare(b.score(), a.score()));
    offers.stream().limit(limit).forEach(pool::offer);
  }

  private void collect(int with, Int2ObjectOpenHashMap<Evidence> found) {
    double orders = Math.max(1, counts.ordersWith(with));
    for (int p = counts.neighboursStart(with); p < counts.neighboursEnd(with); p++) {
      int together = counts.togetherAt(p);
      if (together < thresholds.minTogether()) {
        continue;
      }
      int item = counts.neighbourAt(p);
      double expected = counts.expectedWhileBothSold(with, item);
      if (together < thresholds.minLift() * expected) {
        continue;
      }
      double confidence = together / orders;
      Evidence evidence = found.computeIfAbsent(item, k -> new Evidence());
      evidence.add(with, together, together / expected, confidence);
    }
  }

  private Offer offer(int item, Evidence e, Request request) {
    double score = e.confidenceSum / request.contextSize();
    String sentence = request.contextSize() == 1
        ? Sentences.boughtTogether(e.bestTogether, e.bestLift)
        : Sentences.goesWithCart(e.matched, e.bestTogether, e.bestLift, titles.apply(e.bestWith));
    Map<String, Double> measures = Map.of("orders", (double) e.bestTogether, "lift", e.bestLift,
        "confidence", e.bestConfidence, "matched", (double) e.matched);
    return new Offer(item, score, new Reason(name(), measures, sentence));
  }

  /** What one candidate has with the context: totals and its strongest pair. */
  private static final class Evidence {
    double confidenceSum;
    int matched;
    int bestWith = -1;
    int bestTogether;
    double bestLift;
    double bestConfidence = -1;

    void add(int with, int together, double lift, double confidence) {
      confidenceSum += confidence;
      matched++;
      if (confidence > bestConfidence) {
        bestWith = with;
        bestTogether = together;
        bestLift = lift;
        bestConfidence = confidence;
      }
    }
  }
}

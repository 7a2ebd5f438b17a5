package dev.tandem.evaluation.engine;

import dev.tandem.engine.Engine;
import dev.tandem.engine.pipeline.Offer;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.Recommender;
import java.util.List;
import java.util.function.BiFunction;

/** An engine request method as a {@link Recommender}: offers in order, their scores kept. */
record EngineRecommender(Engine engine, BiFunction<Query, Integer, List<Offer>> ask,
    Provenance provenance) implements Recommender {

  @Override
  public Recommendations recommend(Query query, int k) {
    List<Offer> offers = ask.apply(query, k);
    int[] items = new int[offers.size()];
    float[] scores = new float[offers.size()];
    for (int r = 0; r < items.length; r++) {
      items[r] = offers.get(r).item();
      scores[r] = (float) offers.get(r).score();
    }
    return new Recommendations(items, scores);
  }

  @Override
  public long sizeInBytes() {
    return engine.model().sizeInBytes();
  }
}

package dev.tandem.recommend.popularity;

import dev.tandem.recommend.PersistentRecommender;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * One score per item, the same for every query: the best k items outside the query, read off a
 * list ranked once at training (the same order {@code TopK} gives). Items with a score of 0 (never
 * bought) are not recommended. Immutable.
 */
public final class PopularityModel implements PersistentRecommender {
  /** Reads what {@link #writeState} wrote. */
  public static final Reader READER = PopularityModel::read;

  private final Provenance provenance;
  private final float[] scores;
  private final RankedItems ranked;

  PopularityModel(Provenance provenance, float[] scores) {
    this.provenance = provenance;
    this.scores = scores;
    this.ranked = new RankedItems(scores);
  }

  /** The item's score (a count, or a decayed count). */
  public float score(int item) {
    return scores[item];
  }

  @Override
  public Recommendations recommend(Query query, int k) {
    return ranked.top(query, k, item -> true);
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public long sizeInBytes() {
    return 16L + 4L * scores.length + ranked.sizeInBytes();
  }

  @Override
  public void writeState(DataOutput out) throws IOException {
    ScoreArrays.write(out, scores);
  }

  private static PopularityModel read(DataInput in, Provenance provenance) throws IOException {
    return new PopularityModel(provenance, ScoreArrays.read(in));
  }
}

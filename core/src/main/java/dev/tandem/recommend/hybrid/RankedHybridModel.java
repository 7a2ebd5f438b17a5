package dev.tandem.recommend.hybrid;

import dev.tandem.recommend.PersistentRecommender;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.Recommender;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A trained {@link RankedHybrid}: asks each component for its top {@code max(k, depth)}, scores
 * every candidate with the learned ranker and keeps the best k (ties to the lower item index).
 * Immutable and thread-safe when its components are.
 */
public final class RankedHybridModel implements PersistentRecommender {
  private final Provenance provenance;
  private final List<Recommender> components;
  private final LearnedRanker ranker;
  private final ItemTrend trend;
  private final int depth;
  private final double rankShare;

  RankedHybridModel(Provenance provenance, List<Recommender> components, LearnedRanker ranker,
      ItemTrend trend, int depth, double rankShare) {
    this.provenance = provenance;
    this.components = List.copyOf(components);
    this.ranker = ranker;
    this.trend = trend;
    this.depth = depth;
    this.rankShare = rankShare;
  }

  @Override
  public Recommendations recommend(Query query, int k) {
    int asked = Math.max(k, depth);
    Recommendations[] lists = new Recommendations[components.size()];
    for (int m = 0; m < lists.length; m++) {
      lists[m] = components.get(m).recommend(query, asked);
    }
    IntArrayList items = new IntArrayList();
    FloatArrayList rows = new FloatArrayList();
    int count = BlendFeatures.of(lists, query, trend, asked, rankShare, items, rows);
    float[] values = rows.elements();
    int width = BlendFeatures.width(lists.length);
    double[] scores = new double[count];
    Integer[] order = new Integer[count];
    for (int c = 0; c < count; c++) {
      scores[c] = ranker.score(values, c * width);
      order[c] = c;
    }
    java.util.Arrays.sort(order, (a, b) -> scores[a] != scores[b]
        ? Double.compare(scores[b], scores[a]) : Integer.compare(items.getInt(a), items.getInt(b)));
    int size = Math.min(k, count);
    int[] top = new int[size];
    float[] topScores = new float[size];
    for (int r = 0; r < size; r++) {
      top[r] = items.getInt(order[r]);
      topScores[r] = (float) scores[order[r]];
    }
    return new Recommendations(top, topScores);
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public long sizeInBytes() {
    long size = 8L * ranker.weights().length + trend.sizeInBytes();
    for (Recommender component : components) {
      size += component.sizeInBytes();
    }
    return size;
  }

  /** Writes the ranker, the item trend, then each component's provenance and state. */
  @Override
  public void writeState(DataOutput out) throws IOException {
    out.writeInt(depth);
    out.writeDouble(rankShare);
    ranker.write(out);
    trend.write(out);
    out.writeInt(components.size());
    for (int m = 0; m < components.size(); m++) {
      ComponentFiles.write(out, components.get(m), "hybrid-ranker component " + m);
    }
  }

  /** A reader that loads the components with the given readers, by algorithm name. */
  public static PersistentRecommender.Reader reader(Map<String, PersistentRecommender.Reader> of) {
    return (in, provenance) -> {
      int depth = in.readInt();
      double rankShare = in.readDouble();
      LearnedRanker ranker = LearnedRanker.read(in);
      ItemTrend trend = ItemTrend.read(in);
      int count = in.readInt();
      List<Recommender> components = new ArrayList<>();
      for (int m = 0; m < count; m++) {
        components.add(ComponentFiles.read(in, of, "hybrid-ranker"));
      }
      return new RankedHybridModel(provenance, components, ranker, trend, depth, rankShare);
    };
  }
}

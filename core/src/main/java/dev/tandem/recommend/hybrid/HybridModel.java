package dev.tandem.recommend.hybrid;

import dev.tandem.recommend.PersistentRecommender;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.Recommender;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A trained {@link Hybrid}: its component models and their learned weights. Asks each component
 * with a non-zero weight for its top {@code max(k, depth)} candidates and blends them ({@link
 * RankBlend}).
 * Immutable and thread-safe when its components are.
 */
public final class HybridModel implements PersistentRecommender {
  /**
   * The provenance parameter holding the blend's rank share (files saved before it existed were
   * blended half by rank: 0.5).
   */
  static final String RANK_SHARE_PARAMETER = "rankShare";

  private final Provenance provenance;
  private final List<Recommender> components;
  private final double[] weights;
  private final int depth;
  private final double rankShare;
  private final int itemCount;

  HybridModel(Provenance provenance, List<Recommender> components, double[] weights, int depth,
      double rankShare, int itemCount) {
    this.provenance = provenance;
    this.components = List.copyOf(components);
    this.weights = weights.clone();
    this.depth = depth;
    this.rankShare = rankShare;
    this.itemCount = itemCount;
  }

  @Override
  public Recommendations recommend(Query query, int k) {
    int asked = Math.max(k, depth);
    Recommendations[] lists = new Recommendations[components.size()];
    for (int m = 0; m < lists.length; m++) {
      lists[m] = weights[m] == 0 ? Recommendations.none()
          : components.get(m).recommend(query, asked);
    }
    return RankBlend.blend(lists, weights, asked, rankShare, itemCount, k, query);
  }

  public double[] weights() {
    return weights.clone();
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public long sizeInBytes() {
    long size = 8L * weights.length;
    for (Recommender component : components) {
      size += component.sizeInBytes();
    }
    return size;
  }

  /** Writes the weights, then each component's provenance and state (components must persist). */
  @Override
  public void writeState(DataOutput out) throws IOException {
    out.writeInt(depth);
    out.writeInt(itemCount);
    out.writeInt(components.size());
    for (int m = 0; m < components.size(); m++) {
      out.writeDouble(weights[m]);
      ComponentFiles.write(out, components.get(m), "hybrid component " + m);
    }
  }

  /** A reader that loads the components with the given readers, by algorithm name. */
  public static PersistentRecommender.Reader reader(Map<String, PersistentRecommender.Reader> of) {
    return (in, provenance) -> {
      int depth = in.readInt();
      int itemCount = in.readInt();
      int count = in.readInt();
      double[] weights = new double[count];
      List<Recommender> components = new ArrayList<>();
      for (int m = 0; m < count; m++) {
        weights[m] = in.readDouble();
        components.add(ComponentFiles.read(in, of, "hybrid"));
      }
      String share = provenance.parameters().get(RANK_SHARE_PARAMETER);
      return new HybridModel(provenance, components, weights, depth,
          share == null ? 0.5 : Double.parseDouble(share), itemCount);
    };
  }
}

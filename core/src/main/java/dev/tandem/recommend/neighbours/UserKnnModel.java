package dev.tandem.recommend.neighbours;

import dev.tandem.recommend.PersistentRecommender;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.SparseRows;
import dev.tandem.recommend.StateArrays;
import dev.tandem.recommend.TopK;
import it.unimi.dsi.fastutil.ints.IntLinkedOpenHashSet;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/** A trained {@link UserKnn}: the shoppers' item sets and their inverted index. Thread-safe. */
public final class UserKnnModel implements PersistentRecommender {
  private final Provenance provenance;
  private final RowNeighbourSearch search;
  private final int neighbours;

  UserKnnModel(Provenance provenance, SparseRows users, int neighbours) {
    this.provenance = provenance;
    this.search = new RowNeighbourSearch(users);
    this.neighbours = neighbours;
  }

  /** Reads what {@link #writeState} wrote; register under {@link UserKnn#ALGORITHM}. */
  public static PersistentRecommender.Reader reader() {
    return (in, provenance) -> {
      int neighbours = in.readInt();
      return new UserKnnModel(provenance, StateArrays.readRows(in), neighbours);
    };
  }

  @Override
  public Recommendations recommend(Query query, int k) {
    int[] profile = profile(query);
    if (profile.length == 0) {
      return Recommendations.none();
    }
    float[] weights = new float[profile.length];
    Arrays.fill(weights, 1f);
    int self = query.hasUser() ? query.user() : -1;
    float[] scores = search.score(profile, weights, self, neighbours, Integer.MAX_VALUE);
    return TopK.select(scores, k, query, 0f);
  }

  /** The cart's items followed by the known shopper's history, without repeats. */
  private int[] profile(Query query) {
    IntLinkedOpenHashSet items = new IntLinkedOpenHashSet(query.items());
    SparseRows users = search.rows();
    int user = query.user();
    if (query.hasUser() && user < users.rowCount()) {
      for (int p = users.start()[user]; p < users.start()[user + 1]; p++) {
        items.add(users.columns()[p]);
      }
    }
    return items.toIntArray();
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public long sizeInBytes() {
    return search.sizeInBytes();
  }

  @Override
  public void writeState(DataOutput out) throws IOException {
    out.writeInt(neighbours);
    StateArrays.writeRows(out, search.rows());
  }
}

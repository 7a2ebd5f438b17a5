package dev.tandem.recommend.sessions;

import dev.tandem.recommend.PersistentRecommender;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.SparseRows;
import dev.tandem.recommend.StateArrays;
import dev.tandem.recommend.TopK;
import dev.tandem.recommend.neighbours.RowNeighbourSearch;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A trained {@link SessionKnn}: past sessions in time order, their inverted index and each
 * shopper's latest session. Immutable and thread-safe.
 */
public final class SessionKnnModel implements PersistentRecommender {
  private final Provenance provenance;
  private final RowNeighbourSearch search;
  private final int[] lastSessions;
  private final SessionKnn parameters;

  SessionKnnModel(
      Provenance provenance, SparseRows sessions, int[] lastSessions, SessionKnn parameters) {
    this.provenance = provenance;
    this.search = new RowNeighbourSearch(sessions);
    this.lastSessions = lastSessions;
    this.parameters = parameters;
  }

  /** Reads what {@link #writeState} wrote; register under {@link SessionKnn#ALGORITHM}. */
  public static PersistentRecommender.Reader reader() {
    return (in, provenance) -> {
      SessionKnn parameters = new SessionKnn(in.readInt(), in.readInt(), in.readBoolean(),
          in.readDouble(), in.readDouble());
      SparseRows sessions = StateArrays.readRows(in);
      return new SessionKnnModel(provenance, sessions, StateArrays.readInts(in), parameters);
    };
  }

  @Override
  public Recommendations recommend(Query query, int k) {
    int[] session = session(query);
    if (session.length == 0) {
      return Recommendations.none();
    }
    float[] weights = new float[session.length];
    for (int p = 0; p < session.length; p++) {
      weights[p] = parameters.positionWeights() ? (p + 1f) / session.length : 1f;
    }
    float[] scores = search.score(session, weights, -1, parameters.neighbours(),
        parameters.sampleSize(), parameters.lengthPower(), parameters.similarityPower());
    return TopK.select(scores, k, query, 0f);
  }

  /** The query's items; without any, a known shopper's latest past session. */
  private int[] session(Query query) {
    int[] items = query.items();
    int user = query.user();
    if (items.length > 0 || !query.hasUser() || user >= lastSessions.length
        || lastSessions[user] < 0) {
      return items;
    }
    SparseRows sessions = search.rows();
    int row = lastSessions[user];
    return java.util.Arrays.copyOfRange(
        sessions.columns(), sessions.start()[row], sessions.start()[row + 1]);
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public long sizeInBytes() {
    return search.sizeInBytes() + 4L * lastSessions.length;
  }

  @Override
  public void writeState(DataOutput out) throws IOException {
    out.writeInt(parameters.neighbours());
    out.writeInt(parameters.sampleSize());
    out.writeBoolean(parameters.positionWeights());
    out.writeDouble(parameters.lengthPower());
    out.writeDouble(parameters.similarityPower());
    StateArrays.writeRows(out, search.rows());
    StateArrays.writeInts(out, lastSessions);
  }
}

package dev.tandem.recommend.sessions;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.SparseRows;
import dev.tandem.recommend.Trainer;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Session-based kNN (V-SKNN after Ludewig and Jannach 2018): "what comes next" for the session in
 * progress (the query's items, oldest first) from the {@code neighbours} past sessions most like
 * it. Past sessions are the purchase baskets in time order; for each session item only its {@code
 * sampleSize} most recent sessions are looked at, which keeps requests fast and favours recent
 * behaviour. With {@code positionWeights}, the session's p-th of n items weighs (p+1)/n, so the
 * latest item counts most. A shopper without a session in progress is given their latest past
 * session ("what comes after their last order"). A past session's similarity is the weight it
 * shares with the session in progress over sqrt(session size) · (its own size)^{@code
 * lengthPower} (0.5: cosine; less: long baskets are penalised less), and each neighbour votes
 * similarity^{@code similarityPower} for its items (1: plain weighted votes; more: the closest
 * sessions count most; {@code RowNeighbourSearch}).
 */
public record SessionKnn(int neighbours, int sampleSize, boolean positionWeights,
    double lengthPower, double similarityPower) implements Trainer {
  public static final String ALGORITHM = "session-knn";

  public SessionKnn {
    if (neighbours < 1 || sampleSize < 1) {
      throw new IllegalArgumentException(
          "session-knn neighbours and sampleSize must be at least 1: " + neighbours + ", "
              + sampleSize);
    }
    if (!(lengthPower >= 0 && lengthPower <= 1)) {
      throw new IllegalArgumentException(
          "session-knn lengthPower must lie in [0, 1]: " + lengthPower);
    }
    if (!(similarityPower >= 1 && similarityPower <= 8)) {
      throw new IllegalArgumentException(
          "session-knn similarityPower must lie in [1, 8]: " + similarityPower);
    }
  }

  /** Cosine similarity and plain similarity-weighted votes (lengthPower 0.5, similarityPower 1). */
  public SessionKnn(int neighbours, int sampleSize, boolean positionWeights) {
    this(neighbours, sampleSize, positionWeights, 0.5, 1);
  }

  public static SessionKnn defaults() {
    return new SessionKnn(100, 1_000, true);
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public SessionKnnModel train(Snapshot snapshot) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("neighbours", neighbours);
    parameters.put("sampleSize", sampleSize);
    parameters.put("positionWeights", positionWeights);
    parameters.put("lengthPower", lengthPower);
    parameters.put("similarityPower", similarityPower);
    Provenance provenance = Provenance.of(ALGORITHM, parameters, snapshot.fingerprint(), 0L);
    int[] order = basketsInTime(snapshot);
    return new SessionKnnModel(
        provenance, sessions(snapshot, order), lastSessions(snapshot, order), this);
  }

  /** The purchase baskets, oldest first (ties in basket order). */
  private static int[] basketsInTime(Snapshot snapshot) {
    CsrMatrix baskets = snapshot.basketItems();
    int[] order = java.util.stream.IntStream.range(0, baskets.rowCount())
        .filter(b -> baskets.rowLength(b) > 0).toArray();
    IntArrays.mergeSort(order,
        (a, b) -> Long.compare(snapshot.basketTime(a), snapshot.basketTime(b)));
    return order;
  }

  /** Each shopper's latest session (row in {@code order}), -1 for none. */
  private static int[] lastSessions(Snapshot snapshot, int[] order) {
    int[] last = new int[snapshot.userCount()];
    Arrays.fill(last, -1);
    for (int r = 0; r < order.length; r++) {
      int user = snapshot.basketUser(order[r]);
      if (user >= 0) {
        last[user] = r;
      }
    }
    return last;
  }

  /** The baskets in {@code order} as 0/1 rows. */
  private static SparseRows sessions(Snapshot snapshot, int[] order) {
    CsrMatrix baskets = snapshot.basketItems();
    int[] start = new int[order.length + 1];
    for (int r = 0; r < order.length; r++) {
      start[r + 1] = start[r] + baskets.rowLength(order[r]);
    }
    int[] items = new int[start[order.length]];
    for (int r = 0; r < order.length; r++) {
      System.arraycopy(baskets.row(order[r]), 0, items, start[r], baskets.rowLength(order[r]));
    }
    float[] ones = new float[items.length];
    Arrays.fill(ones, 1f);
    return new SparseRows(snapshot.itemCount(), start, items, ones);
  }
}

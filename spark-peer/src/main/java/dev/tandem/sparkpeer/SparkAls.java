package dev.tandem.sparkpeer;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.Recommender;
import dev.tandem.recommend.TopK;
import dev.tandem.recommend.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark MLlib's implicit ALS (Hu, Koren &amp; Volinsky, as {@code ALS.setImplicitPrefs(true)}) as a
 * peer {@link Trainer}: fitted in the shared {@code local[2]} session on the same user × item
 * values Tandem's implicit ALS reads ({@link Snapshot#userItems()}, event weights summed), then its
 * factors are copied out so the peer answers the same queries through the same harness. Rows are
 * shoppers ({@link Interactions#USERS}) or orders ({@link Interactions#BASKETS}, for data without
 * shoppers). A shopper is scored by u·v; a cart (basket completion; Spark has no fold-in), or a
 * shopper when rows are orders, by the sum over the items of the item-factor dot products.
 */
public record SparkAls(
    Interactions interactions, int rank, int iterations, double regularisation, double alpha,
    long seed) implements Trainer {

  public static final String ALGORITHM = "spark-als";

  /** The name in reports, with the grid point: {@code spark-als(reg=0.1,alpha=1)}. */
  @Override
  public String algorithm() {
    return String.format(java.util.Locale.ROOT, "%s(reg=%s,alpha=%s)", ALGORITHM,
        trim(regularisation), trim(alpha));
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  @Override
  public Recommender train(Snapshot snapshot) {
    SparkSession spark = SparkSessions.local();
    CsrMatrix matrix =
        interactions == Interactions.USERS ? snapshot.userItems() : snapshot.basketItems();
    Dataset<Row> ratings = spark.createDataFrame(rows(matrix), schema()).cache();
    ratings.count();
    ALSModel model = new ALS().setImplicitPrefs(true).setRank(rank).setMaxIter(iterations)
        .setRegParam(regularisation).setAlpha(alpha).setSeed(seed).setNumBlocks(2)
        .setUserCol("user").setItemCol("item").setRatingCol("rating").fit(ratings);
    ratings.unpersist();
    float[] users = factors(model.userFactors(), matrix.rowCount());
    float[] items = factors(model.itemFactors(), snapshot.itemCount());
    Provenance provenance = Provenance.of(ALGORITHM, Map.of("interactions", interactions, "rank",
        rank, "iterations", iterations, "regularisation", regularisation, "alpha", alpha),
        snapshot.fingerprint(), seed);
    return new Factors(rank, interactions == Interactions.USERS, users, items, provenance);
  }

  private static List<Row> rows(CsrMatrix userItems) {
    List<Row> rows = new ArrayList<>(userItems.nonZeroCount());
    for (int u = 0; u < userItems.rowCount(); u++) {
      for (int p = userItems.rowStart(u); p < userItems.rowEnd(u); p++) {
        float value = userItems.valueAt(p);
        if (value > 0) {
          rows.add(RowFactory.create(u, userItems.columnAt(p), value));
        }
      }
    }
    return rows;
  }

  private static StructType schema() {
    return new StructType().add("user", DataTypes.IntegerType).add("item", DataTypes.IntegerType)
        .add("rating", DataTypes.FloatType);
  }

  private float[] factors(Dataset<Row> factors, int count) {
    float[] out = new float[count * rank];
    for (Row row : factors.collectAsList()) {
      int id = row.getInt(0);
      List<Float> vector = row.getList(1);
      for (int f = 0; f < rank; f++) {
        out[id * rank + f] = vector.get(f);
      }
    }
    return out;
  }

  /** The copied factors, answering queries in process. */
  private record Factors(
      int rank, boolean byUser, float[] users, float[] items, Provenance provenance)
      implements Recommender {
    @Override
    public Recommendations recommend(Query query, int k) {
      float[] taste = new float[rank];
      if (byUser && query.hasUser() && query.items().length == 0) {
        System.arraycopy(users, query.user() * rank, taste, 0, rank);
      } else {
        for (int item : query.items()) {
          for (int f = 0; f < rank; f++) {
            taste[f] += items[item * rank + f];
          }
        }
      }
      int itemCount = items.length / rank;
      float[] scores = new float[itemCount];
      for (int i = 0; i < itemCount; i++) {
        float dot = 0;
        for (int f = 0; f < rank; f++) {
          dot += taste[f] * items[i * rank + f];
        }
        scores[i] = dot;
      }
      return TopK.select(scores, k, query);
    }

    @Override
    public long sizeInBytes() {
      return 4L * (users.length + items.length);
    }
  }
}

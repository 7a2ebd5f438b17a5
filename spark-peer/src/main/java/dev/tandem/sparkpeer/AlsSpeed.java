package dev.tandem.sparkpeer;

import dev.tandem.dataset.Snapshot;
import dev.tandem.evaluation.protocol.DataFiles;
import dev.tandem.evaluation.protocol.OnlineRetail;
import dev.tandem.evaluation.protocol.OrNextPurchases;
import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.factors.ImplicitAls;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The issue 4 speed target: Tandem's implicit ALS against Spark MLlib's (rank 64, 15 iterations,
 * {@code local[2]}, in this JVM) on the OR-NEXT training data. After {@code warmUps} fits of each
 * (the first Spark fit also starts its session), {@code rounds} rounds each time one Tandem fit and
 * one Spark fit per grid point, interleaved so that a load spike hits both; prints every fit and the
 * medians, and the ratio of medians per grid point. A fit is the whole training call, from the
 * snapshot to the factors copied out.
 *
 * <p>Usage: {@code AlsSpeed [rounds] [warmUps]} (defaults 5 and 2); run by {@code
 * benchmarks/als-speed.sh}.
 */
public final class AlsSpeed {
  private static final double[][] GRID = {{0.1, 1}, {10, 0.2}};

  private AlsSpeed() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    OnlineRetail data = OnlineRetail.read(
        DataFiles.require(DataFiles.onlineRetail(), DataFiles.ONLINE_RETAIL));
    Snapshot training = OrNextPurchases.build(data, OrNextPurchases.Variant.ALL).training();
    System.out.printf(Locale.ROOT, "OR-NEXT training data: %d shoppers, %d items, %d cells%n",
        training.userCount(), training.itemCount(), training.userItems().nonZeroCount());
    Trainer tandem = ImplicitAls.defaults();
    List<Trainer> spark = new ArrayList<>();
    for (double[] point : GRID) {
      spark.add(new SparkAls(Interactions.USERS, 64, 15, point[0], point[1], 42L));
    }
    for (int w = 0; w < warmUps; w++) {
      seconds(tandem, training);
      spark.forEach(trainer -> seconds(trainer, training));
    }
    double[] tandemTimes = new double[rounds];
    double[][] sparkTimes = new double[spark.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      tandemTimes[r] = seconds(tandem, training);
      for (int s = 0; s < spark.size(); s++) {
        sparkTimes[s][r] = seconds(spark.get(s), training);
      }
      System.out.printf(Locale.ROOT, "round %d: tandem %.3f s, spark %s%n", r + 1,
          tandemTimes[r], Arrays.toString(column(sparkTimes, r)));
    }
    double tandemMedian = median(tandemTimes);
    System.out.printf(Locale.ROOT, "tandem implicit-als (%s): median %.3f s%n",
        tandem.algorithm(), tandemMedian);
    for (int s = 0; s < spark.size(); s++) {
      double sparkMedian = median(sparkTimes[s]);
      System.out.printf(Locale.ROOT, "%s: median %.3f s, %.2fx tandem's%n",
          spark.get(s).algorithm(), sparkMedian, sparkMedian / tandemMedian);
    }
  }

  private static double seconds(Trainer trainer, Snapshot training) {
    long start = System.nanoTime();
    trainer.train(training);
    return (System.nanoTime() - start) / 1e9;
  }

  private static double[] column(double[][] times, int r) {
    double[] out = new double[times.length];
    for (int s = 0; s < times.length; s++) {
      out[s] = Math.round(times[s][r] * 1000) / 1000.0;
    }
    return out;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}

package dev.tandem.propensity.gbdt;

import com.microsoft.ml.lightgbm.PredictionType;
import dev.tandem.propensity.PropensitySet;
import dev.tandem.propensity.PropensityTrainer;
import dev.tandem.recommend.Provenance;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import java.util.Locale;
import java.util.Map;

/**
 * {@code gbdt}: LightGBM's gradient-boosted trees on the binary log-loss. Deterministic: LightGBM's
 * {@code deterministic} mode, row-wise histograms, a fixed seed, no row or feature sampling, and
 * {@code threads} threads (the same result for the same thread count).
 *
 * @param trees boosting rounds
 * @param learningRate shrinkage per round
 * @param leaves leaves per tree at most
 * @param minRowsInLeaf rows a leaf needs at least
 * @param l2 L2 penalty on leaf values
 * @param threads LightGBM threads
 * @param seed LightGBM's seed
 */
public record GradientBoostedTrees(
    int trees, double learningRate, int leaves, int minRowsInLeaf, double l2, int threads,
    long seed) implements PropensityTrainer {
  public static final String ALGORITHM = "gbdt";

  public GradientBoostedTrees {
    if (trees < 1 || !(learningRate > 0) || leaves < 2 || minRowsInLeaf < 1 || !(l2 >= 0)
        || threads < 1) {
      throw new IllegalArgumentException("need trees >= 1, learningRate > 0, leaves >= 2,"
          + " minRowsInLeaf >= 1, l2 >= 0, threads >= 1");
    }
  }

  /** 200 trees, rate 0.05, 31 leaves, 100 rows a leaf, l2 1, 1 thread. */
  public static GradientBoostedTrees defaults(long seed) {
    return new GradientBoostedTrees(200, 0.05, 31, 100, 1.0, 1, seed);
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  String parameters() {
    return String.format(Locale.ROOT, "objective=binary num_leaves=%d learning_rate=%s"
        + " min_data_in_leaf=%d lambda_l2=%s num_threads=%d seed=%d deterministic=true"
        + " force_row_wise=true verbosity=-1", leaves, learningRate, minRowsInLeaf, l2, threads,
        seed);
  }

  @Override
  public GbdtModel train(PropensitySet rows, String dataFingerprint) {
    float[] labels = new float[rows.rows()];
    for (int r = 0; r < labels.length; r++) {
      labels[r] = rows.label(r);
    }
    try (LGBMDataset dataset = LGBMDataset.createFromMat(rows.features(), rows.rows(),
        rows.width(), true, parameters(), null)) {
      dataset.setField("label", labels);
      dataset.setFeatureNames(rows.names().toArray(String[]::new));
      LGBMBooster booster = LGBMBooster.create(dataset, parameters());
      int rounds = 0;
      while (rounds < trees && !booster.updateOneIter()) {
        rounds++;
      }
      Provenance provenance = Provenance.of(ALGORITHM, Map.of("trees", rounds, "learningRate",
          learningRate, "leaves", leaves, "minRowsInLeaf", minRowsInLeaf, "l2", l2, "threads",
          threads, "library", "lightgbm4j 4.3.0-1"), dataFingerprint, seed);
      return new GbdtModel(rows.names(), booster, provenance);
    } catch (LGBMException e) {
      throw new IllegalStateException("LightGBM could not train: " + e.getMessage(), e);
    }
  }

  static PredictionType probability() {
    return PredictionType.C_API_PREDICT_NORMAL;
  }
}

package dev.tandem.propensity.gbdt;

import dev.tandem.propensity.FeatureImportance;
import dev.tandem.propensity.PropensityModel;
import dev.tandem.recommend.Provenance;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A trained LightGBM booster. It holds native memory: {@link #close()} releases it. Predictions
 * are serialised on the booster (one call at a time).
 */
public final class GbdtModel implements PropensityModel, AutoCloseable {
  private final List<String> names;
  private final LGBMBooster booster;
  private final Provenance provenance;
  private boolean closed;

  GbdtModel(List<String> names, LGBMBooster booster, Provenance provenance) {
    this.names = List.copyOf(names);
    this.booster = booster;
    this.provenance = provenance;
  }

  @Override
  public List<String> names() {
    return names;
  }

  @Override
  public synchronized double[] predict(float[] rows, int count) {
    requireOpen();
    try {
      return booster.predictForMat(rows, count, names.size(), true,
          GradientBoostedTrees.probability());
    } catch (LGBMException e) {
      throw new IllegalStateException("LightGBM could not predict: " + e.getMessage(), e);
    }
  }

  /** Total gain of the splits on each feature, most first. */
  @Override
  public synchronized List<FeatureImportance> importances() {
    requireOpen();
    try {
      double[] gain = booster.featureImportance(0, LGBMBooster.FeatureImportanceType.GAIN);
      List<FeatureImportance> out = new ArrayList<>();
      for (int c = 0; c < names.size(); c++) {
        out.add(new FeatureImportance(names.get(c), gain[c]));
      }
      out.sort(Comparator.comparingDouble((FeatureImportance f) -> -f.value())
          .thenComparing(FeatureImportance::feature));
      return List.copyOf(out);
    } catch (LGBMException e) {
      throw new IllegalStateException("LightGBM importances: " + e.getMessage(), e);
    }
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the GBDT model was closed");
    }
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      try {
        booster.close();
      } catch (LGBMException e) {
        throw new IllegalStateException("LightGBM could not free the model: " + e.getMessage(), e);
      }
    }
  }
}

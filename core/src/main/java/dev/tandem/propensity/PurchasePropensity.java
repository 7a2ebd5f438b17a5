package dev.tandem.propensity;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.segments.SegmentSettings;

/**
 * A trained propensity model serving P(accept) over the whole snapshot (features as of its last
 * event), for the engine:
 *
 * <pre>{@code
 * PropensityFeatures features = PropensityFeatures.of(snapshot, types, segmentSettings);
 * PropensityModel model = LogisticRegression.defaults().train(rows, snapshot.fingerprint());
 * AcceptanceModel acceptance = new PurchasePropensity(features, model);
 * double p = acceptance.pAccept(user, pricier, cheaper);
 * }</pre>
 *
 * The model must have been trained on rows with the features' columns. Thread-safe when the model
 * is.
 */
public final class PurchasePropensity implements AcceptanceModel {
  private final PropensityFeatures features;
  private final PropensityModel model;

  public PurchasePropensity(PropensityFeatures features, PropensityModel model) {
    if (!features.names().equals(model.names())) {
      throw new IllegalArgumentException("the model was trained on other columns: "
          + model.names() + " instead of " + features.names());
    }
    this.features = features;
    this.model = model;
  }

  /**
   * Trains on the most recent window of the snapshot's temporal split (the purchases after the
   * second cut, features as of it) and serves over features of the whole snapshot; the segments'
   * k is the one chosen at the first cut, so the columns match. A snapshot without purchases by
   * returning known shoppers in that window (a shop without customer ids) has nothing to learn
   * from: an error, rather than a model that gives every candidate the same chance.
   */
  public static PurchasePropensity train(Snapshot snapshot, ProductTypes types,
      PropensitySplitSettings settings, PropensityTrainer trainer) {
    TemporalPropensitySplit split = TemporalPropensitySplit.of(snapshot, types, settings);
    if (split.test().positives() == 0) {
      throw new IllegalArgumentException("a propensity model needs purchases by known shoppers"
          + " who had bought before; the snapshot has none after the first "
          + Math.round(settings.testCut() * 100) + "% of its orders (no customer ids?)");
    }
    SegmentSettings segments = settings.segments().withK(split.trainFeatures().segments().size());
    PropensityModel model = trainer.train(split.test(), snapshot.fingerprint());
    return new PurchasePropensity(PropensityFeatures.of(snapshot, types, segments), model);
  }

  @Override
  public double pAccept(int user, int candidate, int anchor) {
    float[] row = new float[features.width()];
    features.write(user, candidate, anchor, row, 0);
    return model.probability(row);
  }

  public PropensityModel model() {
    return model;
  }

  public PropensityFeatures features() {
    return features;
  }
}

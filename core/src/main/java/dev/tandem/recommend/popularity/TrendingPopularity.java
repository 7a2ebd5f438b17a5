package dev.tandem.recommend.popularity;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Trainer;
import java.time.Duration;
import java.util.Map;

/**
 * {@code trending-popularity}: each order holding an item adds 2^(−age / half-life), the age
 * measured from the snapshot's last event back to the order's time (never the wall clock, so the
 * same snapshot always gives the same model). An order one half-life old counts ½.
 *
 * @param halfLife how fast interest fades (positive)
 */
public record TrendingPopularity(Duration halfLife) implements Trainer {
  public static final String ALGORITHM = "trending-popularity";

  public TrendingPopularity {
    if (halfLife == null || halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException("the half-life must be positive, got " + halfLife);
    }
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public PopularityModel train(Snapshot snapshot) {
    long reference = snapshot.events().lastTime();
    double halfLifeMillis = halfLife.toMillis();
    CsrMatrix baskets = snapshot.basketItems();
    float[] scores = new float[snapshot.itemCount()];
    for (int b = 0; b < baskets.rowCount(); b++) {
      double age = Math.max(0, reference - snapshot.basketTime(b));
      float weight = (float) Math.pow(2, -age / halfLifeMillis);
      for (int p = baskets.rowStart(b); p < baskets.rowEnd(b); p++) {
        scores[baskets.columnAt(p)] += weight;
      }
    }
    Map<String, Object> parameters = Map.of("halfLife", halfLife, "referenceTime", reference);
    return new PopularityModel(
        Provenance.of(ALGORITHM, parameters, snapshot.fingerprint(), 0), scores);
  }
}

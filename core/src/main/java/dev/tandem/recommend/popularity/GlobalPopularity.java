package dev.tandem.recommend.popularity;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Trainer;
import java.util.Map;

/**
 * {@code popularity}: every item scored by the distinct orders (or customers) that bought it; the
 * same list for everyone, minus what the query holds.
 *
 * @param counting orders (default) or customers
 */
public record GlobalPopularity(Counting counting) implements Trainer {
  public static final String ALGORITHM = "popularity";

  public GlobalPopularity {
    if (counting == null) {
      throw new IllegalArgumentException("counting is required (orders or customers)");
    }
  }

  public static GlobalPopularity byOrders() {
    return new GlobalPopularity(Counting.ORDERS);
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public PopularityModel train(Snapshot snapshot) {
    return new PopularityModel(
        Provenance.of(ALGORITHM, Map.of("counting", counting), snapshot.fingerprint(), 0),
        counting.counts(snapshot));
  }
}

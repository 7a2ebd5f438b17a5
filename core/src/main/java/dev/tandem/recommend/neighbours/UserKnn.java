package dev.tandem.recommend.neighbours;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Trainer;
import java.util.Map;

/**
 * User-user nearest neighbours: the {@code neighbours} shoppers whose bought (positively weighted)
 * items are most like this shopper's, by cosine on 0/1 item sets, found at request time through an
 * inverted index; items score by the summed similarity of the neighbours holding them. A cart is
 * treated as a pseudo-shopper (with a known shopper's history added to it); the shopper never
 * counts as their own neighbour. Training only indexes: all the work is at request time.
 */
public record UserKnn(int neighbours) implements Trainer {
  public static final String ALGORITHM = "user-knn";

  public UserKnn {
    if (neighbours < 1) {
      throw new IllegalArgumentException("user-knn neighbours must be at least 1: " + neighbours);
    }
  }

  public static UserKnn defaults() {
    return new UserKnn(50);
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public UserKnnModel train(Snapshot snapshot) {
    Provenance provenance = Provenance.of(
        ALGORITHM, Map.of("neighbours", neighbours), snapshot.fingerprint(), 0L);
    return new UserKnnModel(provenance, Interactions.USERS.rows(snapshot).binary(), neighbours);
  }
}

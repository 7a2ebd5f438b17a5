package dev.tandem.recommend.popularity;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Trainer;
import java.util.Map;

/**
 * {@code category-popularity}: the most popular items of the query's categories first, then the
 * most popular of the rest. The categories are those of the query's items; a shopper asked for
 * without items gets the categories of what they bought in training. A catalog without categories
 * gives the global list. The same model serves segments: pass a segment's typical items as the
 * query.
 *
 * @param counting orders (default) or customers
 */
public record CategoryPopularity(Counting counting) implements Trainer {
  public static final String ALGORITHM = "category-popularity";

  public CategoryPopularity {
    if (counting == null) {
      throw new IllegalArgumentException("counting is required (orders or customers)");
    }
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public CategoryPopularityModel train(Snapshot snapshot) {
    int[] categories = new int[snapshot.itemCount()];
    for (int i = 0; i < categories.length; i++) {
      categories[i] = snapshot.itemCategory(i);
    }
    return new CategoryPopularityModel(
        Provenance.of(ALGORITHM, Map.of("counting", counting), snapshot.fingerprint(), 0),
        counting.counts(snapshot), categories, UserCategories.of(snapshot, categories));
  }
}

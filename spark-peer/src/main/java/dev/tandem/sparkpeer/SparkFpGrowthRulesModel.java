package dev.tandem.sparkpeer;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.Recommender;
import java.util.Arrays;

/**
 * A trained {@link SparkFpGrowthRules}: Spark's rules for the cart (scored by confidence), then,
 * when padding is on, the most-ordered items not yet listed and not in the query, scored below
 * every rule item (as Tandem's {@code rules} pads: a shopper's past items may come back there).
 * Immutable and thread-safe.
 */
public final class SparkFpGrowthRulesModel implements Recommender {
  private final Provenance provenance;
  private final RuleTable rules;
  private final int[] popular;
  private final CsrMatrix userItems;

  SparkFpGrowthRulesModel(
      Provenance provenance, RuleTable rules, int[] popular, CsrMatrix userItems) {
    this.provenance = provenance;
    this.rules = rules;
    this.popular = popular;
    this.userItems = userItems;
  }

  @Override
  public Recommendations recommend(Query query, int k) {
    int[] cart = cart(query);
    Recommendations fired = rules.consequents(cart, k);
    if (fired.size() >= k || popular.length == 0) {
      return fired;
    }
    int[] items = Arrays.copyOf(fired.items(), k);
    float[] scores = new float[k];
    int n = fired.size();
    for (int r = 0; r < n; r++) {
      scores[r] = fired.score(r);
    }
    for (int r = 0; r < popular.length && n < k; r++) {
      int item = popular[r];
      if (!query.contains(item) && fired.rankOf(item) < 0) {
        items[n] = item;
        scores[n++] = -1f - r / (float) (popular.length + 1);
      }
    }
    return new Recommendations(Arrays.copyOf(items, n), Arrays.copyOf(scores, n));
  }

  private int[] cart(Query query) {
    int[] items = query.items();
    boolean knownUser = query.hasUser() && query.user() < userItems.rowCount();
    return items.length == 0 && knownUser ? userItems.row(query.user()) : items;
  }

  /** Rules held. */
  public int ruleCount() {
    return rules.size();
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public long sizeInBytes() {
    return rules.sizeInBytes() + 4L * popular.length + 8L * userItems.nonZeroCount();
  }
}

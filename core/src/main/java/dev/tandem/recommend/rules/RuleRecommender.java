package dev.tandem.recommend.rules;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.Recommender;
import dev.tandem.rules.RuleIndex;
import dev.tandem.rules.Suggestion;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.util.List;

/**
 * Rules for a cart, best rule first, then the most popular items the rules did not name. The cart
 * is the query's items, or, for a shopper asked for without items, what they bought in training.
 * A rule item scores its rule's measure; a fallback item scores below every rule item, in
 * popularity order. Immutable and thread-safe.
 */
public final class RuleRecommender implements Recommender {
  private final Provenance provenance;
  private final RuleIndex rules;
  private final int[] popular;
  private final CsrMatrix userItems;

  RuleRecommender(Provenance provenance, RuleIndex rules, int[] popular, CsrMatrix userItems) {
    this.provenance = provenance;
    this.rules = rules;
    this.popular = popular;
    this.userItems = userItems;
  }

  @Override
  public Recommendations recommend(Query query, int k) {
    IntArrayList items = new IntArrayList(k);
    FloatArrayList scores = new FloatArrayList(k);
    IntOpenHashSet taken = new IntOpenHashSet(query.items());
    List<Suggestion> suggestions = rules.forCart(cart(query), k);
    for (Suggestion suggestion : suggestions) {
      for (int item : suggestion.items()) {
        if (items.size() < k && taken.add(item)) {
          items.add(item);
          scores.add((float) Math.min(Float.MAX_VALUE, suggestion.score()));
        }
      }
    }
    float base = scores.isEmpty() ? 0f : Math.min(scores.getFloat(scores.size() - 1), 0f) - 1f;
    for (int r = 0; r < popular.length && items.size() < k; r++) {
      if (taken.add(popular[r])) {
        items.add(popular[r]);
        scores.add(base - r / (float) (popular.length + 1));
      }
    }
    return new Recommendations(items.toIntArray(), scores.toFloatArray());
  }

  private int[] cart(Query query) {
    int[] items = query.items();
    boolean knownUser = query.hasUser() && query.user() < userItems.rowCount();
    return items.length == 0 && knownUser ? userItems.row(query.user()) : items;
  }

  /** Rules held by the index. */
  public int ruleCount() {
    return rules.size();
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public long sizeInBytes() {
    return rules.sizeInBytes() + PopularItems.sizeInBytes(popular) + userItems.sizeInBytes();
  }
}

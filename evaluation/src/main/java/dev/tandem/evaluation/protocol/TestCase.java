package dev.tandem.evaluation.protocol;

import dev.tandem.recommend.Query;
import java.util.Arrays;

/**
 * One query of a benchmark and what the shopper really bought.
 *
 * @param id position of the case in its benchmark (0, 1, 2...), also the seed offset of sampled
 *     metrics
 * @param query what the recommender is asked (a cart, a shopper or both)
 * @param relevant the bought items that the training catalog knows (snapshot indices, distinct)
 * @param values the revenue of each relevant item (same order; 0 when unknown)
 * @param unseenRelevant bought items the training data never saw: they count as relevant (so
 *     recall's denominator holds them) but no recommender can return them
 * @param excluded items dropped from the recommendations before measuring (e.g. a shopper's past
 *     purchases in OR-NEXT NEW); the runner asks for more items to make up for them
 */
public record TestCase(
    int id, Query query, int[] relevant, double[] values, int unseenRelevant, int[] excluded) {

  public TestCase {
    if (relevant.length != values.length) {
      throw new IllegalArgumentException(relevant.length + " relevant items, " + values.length
          + " values");
    }
    relevant = relevant.clone();
    values = values.clone();
    excluded = excluded.clone();
  }

  /** A case with nothing excluded. */
  public static TestCase of(int id, Query query, int[] relevant, double[] values, int unseen) {
    return new TestCase(id, query, relevant, values, unseen, new int[0]);
  }

  /** All relevant items, seen in training or not. */
  public int relevantCount() {
    return relevant.length + unseenRelevant;
  }

  /** Position of {@code item} in {@link #relevant()}, or -1. */
  public int relevantIndex(int item) {
    for (int i = 0; i < relevant.length; i++) {
      if (relevant[i] == item) {
        return i;
      }
    }
    return -1;
  }

  public boolean isRelevant(int item) {
    return relevantIndex(item) >= 0;
  }

  /** The revenue of a relevant item, 0 for any other. */
  public double valueOf(int item) {
    int at = relevantIndex(item);
    return at < 0 ? 0 : values[at];
  }

  @Override
  public int[] relevant() {
    return relevant.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public int[] excluded() {
    return excluded.clone();
  }

  /** Number of excluded items, without a copy. */
  public int excludedCount() {
    return excluded.length;
  }

  public boolean isExcluded(int item) {
    for (int e : excluded) {
      if (e == item) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TestCase c && c.id == id && c.query.equals(query)
        && Arrays.equals(c.relevant, relevant) && Arrays.equals(c.values, values)
        && c.unseenRelevant == unseenRelevant && Arrays.equals(c.excluded, excluded);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * id + query.hashCode()) + Arrays.hashCode(relevant);
  }

  @Override
  public String toString() {
    return "TestCase[" + id + ", " + query + ", relevant=" + Arrays.toString(relevant)
        + (unseenRelevant > 0 ? " +" + unseenRelevant + " unseen" : "") + "]";
  }
}

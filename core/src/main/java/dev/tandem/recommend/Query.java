package dev.tandem.recommend;

import java.util.Arrays;

/**
 * What a recommendation is asked for: a known shopper ({@code user} is a snapshot user index, or
 * {@link #ANONYMOUS}) and the items in context (a product page's item, a cart, a just-placed order;
 * snapshot item indices, possibly empty). Recommenders never return an item of {@link #items()}.
 */
public record Query(int user, int[] items) {
  public static final int ANONYMOUS = -1;

  public Query {
    items = items.clone();
  }

  public static Query forItems(int... items) {
    return new Query(ANONYMOUS, items);
  }

  public static Query forUser(int user) {
    return new Query(user, new int[0]);
  }

  public boolean hasUser() {
    return user != ANONYMOUS;
  }

  @Override
  public int[] items() {
    return items.clone();
  }

  /** The context items without a copy; callers must not modify the array. */
  int[] itemsView() {
    return items;
  }

  public boolean contains(int item) {
    for (int i : items) {
      if (i == item) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Query q && q.user == user && Arrays.equals(q.items, items);
  }

  @Override
  public int hashCode() {
    return 31 * user + Arrays.hashCode(items);
  }

  @Override
  public String toString() {
    return "Query[user=" + user + ", items=" + Arrays.toString(items) + "]";
  }
}

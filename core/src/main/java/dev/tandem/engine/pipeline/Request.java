package dev.tandem.engine.pipeline;

import java.util.Arrays;

/**
 * One request: its kind, the shopper (a snapshot user index, or -1 when anonymous), the context
 * items (the product page's item, the cart, the order, or the shopper's recent purchases) and how
 * many suggestions are wanted. Suggestions never include a context item.
 */
public record Request(RequestKind kind, int user, int[] context, int k) {
  public static final int ANONYMOUS = -1;

  public Request {
    context = Arrays.stream(context).distinct().toArray();
    if (k < 0) {
      throw new IllegalArgumentException("k must not be negative");
    }
  }

  @Override
  public int[] context() {
    return context.clone();
  }

  public int contextSize() {
    return context.length;
  }

  public int contextItem(int i) {
    return context[i];
  }

  public boolean inContext(int item) {
    for (int c : context) {
      if (c == item) {
        return true;
      }
    }
    return false;
  }

  public boolean hasUser() {
    return user >= 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Request r && r.kind == kind && r.user == user && r.k == k
        && Arrays.equals(r.context, context);
  }

  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + user) * 31 + Arrays.hashCode(context) + k;
  }

  @Override
  public String toString() {
    return "Request[" + kind + ", user=" + user + ", context=" + Arrays.toString(context) + ", k="
        + k + "]";
  }
}

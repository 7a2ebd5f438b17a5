package dev.tandem.engine.pipeline;

import java.util.Arrays;

/**
 * One request: its kind, the shopper (a snapshot user index, or -1 when anonymous or new), the
 * context items (the product page's item, the cart, the order, or the shopper's recent purchases),
 * how many suggestions are wanted, and the items the shopper bought since the snapshot ({@code
 * boughtLive}, from a live overlay; also known for shoppers the snapshot lacks), and the items of
 * the shopper's browsing session in this visit, latest first ({@code session}; empty without one).
 * Suggestions never include a context item.
 */
public record Request(
    RequestKind kind, int user, int[] context, int k, int[] boughtLive, int[] session) {
  public static final int ANONYMOUS = -1;
  private static final int[] NONE = new int[0];

  public Request {
    context = Arrays.stream(context).distinct().toArray();
    boughtLive = boughtLive.length == 0 ? NONE : Arrays.stream(boughtLive).sorted().toArray();
    session = session.length == 0 ? NONE : session.clone();
    if (k < 0) {
      throw new IllegalArgumentException("k must not be negative");
    }
  }

  public Request(RequestKind kind, int user, int[] context, int k) {
    this(kind, user, context, k, NONE);
  }

  public Request(RequestKind kind, int user, int[] context, int k, int[] boughtLive) {
    this(kind, user, context, k, boughtLive, NONE);
  }

  @Override
  public int[] session() {
    return session.clone();
  }

  public int sessionSize() {
    return session.length;
  }

  /** The session's item at {@code position}, 0 the latest. */
  public int sessionItem(int position) {
    return session[position];
  }

  @Override
  public int[] boughtLive() {
    return boughtLive.clone();
  }

  /** Whether the shopper bought the item since the snapshot. */
  public boolean boughtLive(int item) {
    return boughtLive.length > 0 && Arrays.binarySearch(boughtLive, item) >= 0;
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
        && Arrays.equals(r.context, context) && Arrays.equals(r.boughtLive, boughtLive)
        && Arrays.equals(r.session, session);
  }

  @Override
  public int hashCode() {
    return ((kind.hashCode() * 31 + user) * 31 + Arrays.hashCode(context) + k) * 31
        + Arrays.hashCode(boughtLive) * 17 + Arrays.hashCode(session);
  }

  @Override
  public String toString() {
    return "Request[" + kind + ", user=" + user + ", context=" + Arrays.toString(context) + ", k="
        + k + (boughtLive.length > 0 ? ", boughtLive=" + Arrays.toString(boughtLive) : "")
        + (session.length > 0 ? ", session=" + Arrays.toString(session) : "") + "]";
  }
}

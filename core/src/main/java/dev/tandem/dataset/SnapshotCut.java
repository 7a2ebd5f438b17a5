package dev.tandem.dataset;

import dev.tandem.shop.EventWeights;

/**
 * The shop as it was before an instant: the whole catalog in the same item order (item indices are
 * those of the full snapshot; user and basket indices are not: map them by id) and the events
 * strictly before the cut-off, weighted with {@code weights}.
 */
public final class SnapshotCut {
  private SnapshotCut() {}

  public static Snapshot before(Snapshot snapshot, long cutoff, EventWeights weights) {
    SnapshotBuilder builder = new SnapshotBuilder();
    for (int i = 0; i < snapshot.itemCount(); i++) {
      int category = snapshot.itemCategory(i);
      builder.item(snapshot.items().idOf(i), snapshot.itemTitle(i),
          category < 0 ? null : snapshot.categories().idOf(category), snapshot.itemPrice(i));
    }
    EventColumns events = snapshot.events();
    for (int e = 0; e < events.size() && events.time(e) < cutoff; e++) {
      int user = events.user(e);
      int basket = events.basket(e);
      builder.event(user < 0 ? null : snapshot.users().idOf(user),
          snapshot.items().idOf(events.item(e)),
          basket < 0 ? null : snapshot.baskets().idOf(basket), events.type(e),
          events.quantity(e), events.unitPrice(e), events.time(e));
    }
    return builder.build(weights);
  }
}

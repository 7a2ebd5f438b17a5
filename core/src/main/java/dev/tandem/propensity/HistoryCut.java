package dev.tandem.propensity;

import dev.tandem.dataset.EventColumns;
import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.shop.EventWeights;

/**
 * The shop as it was before an instant: a snapshot of the events before {@code time}, with the
 * whole catalog in the same item order (item indices are those of the full snapshot; user indices
 * are not: map users by id).
 */
final class HistoryCut {
  private HistoryCut() {}

  static Snapshot before(Snapshot snapshot, long time) {
    SnapshotBuilder builder = new SnapshotBuilder();
    for (int i = 0; i < snapshot.itemCount(); i++) {
      int category = snapshot.itemCategory(i);
      builder.item(snapshot.items().idOf(i), snapshot.itemTitle(i),
          category < 0 ? null : snapshot.categories().idOf(category), snapshot.itemPrice(i));
    }
    EventColumns events = snapshot.events();
    for (int e = 0; e < events.size() && events.time(e) < time; e++) {
      int user = events.user(e);
      int basket = events.basket(e);
      builder.event(user < 0 ? null : snapshot.users().idOf(user),
          snapshot.items().idOf(events.item(e)),
          basket < 0 ? null : snapshot.baskets().idOf(basket), events.type(e),
          events.quantity(e), events.unitPrice(e), events.time(e));
    }
    return builder.build(EventWeights.DEFAULT);
  }
}

package dev.tandem.evaluation.split;

import dev.tandem.dataset.EventColumns;
import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Query;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Split} from a choice of held-out events: the training snapshot has the whole
 * catalog (same item indices) and the kept events; each customer with a held-out purchase and a
 * training event is a test case whose relevant items are their held-out purchases (valued at
 * quantity × unit price, 0 when the price is unknown), in order of the customers' first held-out
 * purchase.
 */
final class HeldOut {
  private HeldOut() {}

  static Split split(Snapshot snapshot, boolean[] heldOut, EventWeights weights) {
    SnapshotBuilder builder = new SnapshotBuilder();
    for (int i = 0; i < snapshot.itemCount(); i++) {
      int category = snapshot.itemCategory(i);
      builder.item(snapshot.items().idOf(i), snapshot.itemTitle(i),
          category < 0 ? null : snapshot.categories().idOf(category), snapshot.itemPrice(i));
    }
    EventColumns events = snapshot.events();
    for (int e = 0; e < events.size(); e++) {
      if (!heldOut[e]) {
        builder.event(id(snapshot, events.user(e), true), snapshot.items().idOf(events.item(e)),
            id(snapshot, events.basket(e), false), events.type(e), events.quantity(e),
            events.unitPrice(e), events.time(e));
      }
    }
    Snapshot training = builder.build(weights);
    return new Split(training, testCases(snapshot, heldOut, training));
  }

  private static String id(Snapshot snapshot, int index, boolean user) {
    return index < 0 ? null : user ? snapshot.users().idOf(index) : snapshot.baskets().idOf(index);
  }

  private static List<TestCase> testCases(Snapshot snapshot, boolean[] heldOut, Snapshot training) {
    EventColumns events = snapshot.events();
    Map<Integer, Map<Integer, Double>> byUser = new LinkedHashMap<>();
    for (int e = 0; e < events.size(); e++) {
      if (heldOut[e] && events.user(e) >= 0 && events.type(e) == EventType.PURCHASE) {
        double price = Float.isNaN(events.unitPrice(e)) ? 0 : events.unitPrice(e);
        byUser.computeIfAbsent(events.user(e), u -> new LinkedHashMap<>())
            .merge(events.item(e), events.quantity(e) * price, Double::sum);
      }
    }
    List<TestCase> cases = new ArrayList<>();
    byUser.forEach((user, items) -> {
      int trainingUser = training.users().indexOf(snapshot.users().idOf(user));
      if (trainingUser >= 0) {
        cases.add(TestCase.of(cases.size(), Query.forUser(trainingUser),
            items.keySet().stream().mapToInt(Integer::intValue).toArray(),
            items.values().stream().mapToDouble(Double::doubleValue).toArray(), 0));
      }
    });
    return cases;
  }
}

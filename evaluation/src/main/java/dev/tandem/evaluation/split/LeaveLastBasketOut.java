package dev.tandem.evaluation.split;

import dev.tandem.dataset.EventColumns;
import dev.tandem.dataset.Snapshot;
import dev.tandem.shop.EventWeights;
import java.util.Arrays;

/**
 * Each customer's last order is held out (the latest order time; ties to the order seen last),
 * when they have at least two orders; customers with one order only train.
 *
 * @param weights event weights of the training snapshot
 */
public record LeaveLastBasketOut(EventWeights weights) implements Splitter {

  public static LeaveLastBasketOut withDefaultWeights() {
    return new LeaveLastBasketOut(EventWeights.DEFAULT);
  }

  @Override
  public Split split(Snapshot snapshot) {
    int[] last = new int[snapshot.userCount()];
    int[] orders = new int[snapshot.userCount()];
    Arrays.fill(last, -1);
    for (int b = 0; b < snapshot.basketCount(); b++) {
      int user = snapshot.basketUser(b);
      if (user >= 0 && snapshot.basketItems().rowLength(b) > 0) {
        orders[user]++;
        if (last[user] < 0 || snapshot.basketTime(b) >= snapshot.basketTime(last[user])) {
          last[user] = b;
        }
      }
    }
    EventColumns events = snapshot.events();
    boolean[] heldOut = new boolean[events.size()];
    for (int e = 0; e < heldOut.length; e++) {
      int user = events.user(e);
      heldOut[e] = user >= 0 && orders[user] >= 2 && events.basket(e) == last[user];
    }
    return HeldOut.split(snapshot, heldOut, weights);
  }
}

package dev.tandem.evaluation.split;

import dev.tandem.dataset.EventColumns;
import dev.tandem.dataset.Snapshot;
import dev.tandem.shop.EventWeights;

/**
 * A global cut in time: events before {@code cutTime} train, the rest are held out. The closest
 * to production: the model never sees the future.
 *
 * @param cutTime milliseconds since the epoch
 * @param weights event weights of the training snapshot
 */
public record TemporalSplit(long cutTime, EventWeights weights) implements Splitter {

  public static TemporalSplit at(long cutTime) {
    return new TemporalSplit(cutTime, EventWeights.DEFAULT);
  }

  @Override
  public Split split(Snapshot snapshot) {
    EventColumns events = snapshot.events();
    boolean[] heldOut = new boolean[events.size()];
    for (int e = 0; e < heldOut.length; e++) {
      heldOut[e] = events.time(e) >= cutTime;
    }
    return HeldOut.split(snapshot, heldOut, weights);
  }
}

package dev.tandem.server;

import dev.tandem.engine.live.LiveEvents;
import dev.tandem.engine.live.LiveSessions;
import dev.tandem.shop.Event;
import java.util.List;

/**
 * Live updates without retraining: every committed batch goes to {@link LiveEvents} and the
 * serving model catches up before the batch is acknowledged; a request's model catches up too
 * (after a swap or a rollback), so the next request reflects every acknowledged purchase. What all
 * serving models' snapshots hold (appended before the earlier of the current and previous model's
 * training start) is forgotten once per swap. Each batch's visit events also update {@link
 * LiveSessions}, which session requests read.
 */
final class LiveUpdates {
  private final LiveEvents events = new LiveEvents(System::nanoTime);
  private final LiveSessions sessions;
  private final Models models;
  private long forgottenBefore;

  LiveUpdates(Models models, LiveSessions sessions) {
    this.models = models;
    this.sessions = sessions;
    models.replayMissedInto(this::replay);
  }

  /**
   * Takes the purchases stored after a restored model's watermark (at start-up, or a rollback read
   * from disk) as if acknowledged now, so that model counts them once it serves. A model that
   * already holds some counts nothing twice: the overlay counts an order's item once.
   */
  void replay(List<Event> missed) {
    if (!missed.isEmpty()) {
      purchases(missed); // not the sessions: a replayed visit is over
    }
  }

  /** Takes a committed batch; the current model and the batch's sessions reflect it on return. */
  void accept(List<Event> batch) {
    sessions.accept(batch);
    purchases(batch);
  }

  private void purchases(List<Event> batch) {
    events.accept(batch);
    models.current().ifPresent(model -> model.catchUp(events));
    forgetWhatModelsHold();
  }

  /** The model serving now, brought up to date; empty until the first training has finished. */
  java.util.Optional<ServingModel> current() {
    return models.current().map(model -> model.catchUp(events));
  }

  /** The session's items in this visit, latest first (item ids); empty without a session. */
  String[] sessionItems(String sessionId) {
    return sessions.recentItems(sessionId);
  }

  /** The shopper's purchases since the models were trained, latest first (item ids). */
  String[] boughtSince(String userId) {
    return events.shoppers().boughtSince(userId);
  }

  private synchronized void forgetWhatModelsHold() {
    ServingModel current = models.current().orElse(null);
    if (current == null) {
      return;
    }
    long held = current.startNanos();
    long previous = models.previous().map(ServingModel::startNanos).orElse(held);
    long before = held - previous < 0 ? held : previous;
    if (before != forgottenBefore) {
      events.dropAppendedBefore(before);
      forgottenBefore = before;
    }
  }
}

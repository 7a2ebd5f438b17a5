package dev.tandem.server;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.shop.EventWeights;
import dev.tandem.store.Store;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The current model and the one before it. Training runs on one background thread and never in a
 * request; the new model replaces the current one atomically, so a request keeps the model it read
 * at its start and none fails during a swap. {@link #rollBack()} restores the previous model.
 */
final class Models implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Models.class);
  private final Store store;
  private final Clock clock;
  private final AtomicReference<ServingModel> current = new AtomicReference<>();
  private final AtomicReference<ServingModel> previous = new AtomicReference<>();
  private final ExecutorService trainer =
      Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "tandem-trainer");
        thread.setDaemon(true);
        return thread;
      });
  private final java.util.concurrent.ScheduledExecutorService schedule =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "tandem-retrain-schedule");
        thread.setDaemon(true);
        return thread;
      });
  private volatile int lastVersion;

  private final BusinessRules rules;

  Models(Store store, BusinessRules rules, Clock clock) {
    this.store = store;
    this.rules = rules;
    this.clock = clock;
  }

  /** The model serving now; empty until the first training has finished. */
  Optional<ServingModel> current() {
    return Optional.ofNullable(current.get());
  }

  Optional<ServingModel> previous() {
    return Optional.ofNullable(previous.get());
  }

  /** Trains a new model from the store in the background and swaps it in when done. */
  CompletableFuture<ServingModel> trainInBackground() {
    return CompletableFuture.supplyAsync(this::trainNow, trainer);
  }

  private ServingModel trainNow() {
    long start = System.nanoTime();
    try {
      Snapshot snapshot = store.snapshot(EventWeights.DEFAULT);
      ServingModel model = ServingModel.train(++lastVersion, snapshot,
          store.catalogFacts(snapshot.items()), rules, clock.instant(), start);
      previous.set(current.getAndSet(model));
      LOG.info("model {} serves: {} items, {} rules, trained in {} ms", model.version(),
          model.itemCount(), model.ruleCount(), model.trainingMillis());
      return model;
    } catch (RuntimeException e) {
      LOG.error("training failed; the current model keeps serving", e);
      throw e;
    }
  }

  /** Retrains every {@code minutes} minutes from now on (0: never). */
  void retrainEvery(int minutes) {
    if (minutes > 0) {
      schedule.scheduleAtFixedRate(
          this::trainInBackground, minutes, minutes, java.util.concurrent.TimeUnit.MINUTES);
    }
  }

  /** Puts the previous model back; false when there is none. */
  synchronized boolean rollBack() {
    ServingModel before = previous.get();
    if (before == null) {
      return false;
    }
    previous.set(current.getAndSet(before));
    return true;
  }

  @Override
  public void close() {
    schedule.shutdownNow();
    trainer.shutdownNow();
  }
}

package dev.tandem.server;

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
  private volatile int lastVersion;

  Models(Store store, Clock clock) {
    this.store = store;
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
    ServingModel model =
        ServingModel.train(++lastVersion, store.snapshot(EventWeights.DEFAULT), clock.instant(), start);
    previous.set(current.getAndSet(model));
    return model;
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
    trainer.shutdownNow();
  }
}

package dev.tandem.server;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.EngineSettings;
import dev.tandem.engine.bundle.Bundle;
import dev.tandem.engine.bundle.ModelBundles;
import dev.tandem.engine.bundle.RestoredModel;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.shop.Event;
import dev.tandem.shop.EventWeights;
import dev.tandem.store.Store;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The current model and the one before it, and their bundles on disk. Training runs on one
 * background thread and never in a request; the new model replaces the current one atomically, so
 * a request keeps the model it read at its start and none fails during a swap. Each trained model
 * is saved as a versioned bundle ({@link ModelBundles}); {@link #restore()} serves the newest good
 * bundle at start-up, and {@link #rollBack()} restores the previous model, from disk if need be,
 * and marks the one it replaces as rolled back so a restart does not bring it back.
 */
final class Models implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Models.class);
  private final Store store;
  private final Clock clock;
  private final BusinessRules rules;
  private final ModelBundles bundles;
  private final AtomicReference<ServingModel> current = new AtomicReference<>();
  private final AtomicReference<ServingModel> previous = new AtomicReference<>();
  private final Set<Integer> restoredVersions = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final Set<Integer> savedVersions = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final ExecutorService trainer =
      Executors.newSingleThreadExecutor(r -> daemon(r, "tandem-trainer"));
  private final ScheduledExecutorService schedule =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "tandem-retrain-schedule"));
  private volatile int lastVersion;
  private volatile Consumer<List<Event>> replay = missed -> { };

  Models(Store store, BusinessRules rules, Clock clock, ModelBundles bundles) {
    this.store = store;
    this.rules = rules;
    this.clock = clock;
    this.bundles = bundles;
  }

  private static Thread daemon(Runnable r, String name) {
    Thread thread = new Thread(r, name);
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Where the purchases a restored model has not seen (stored after its watermark) go before it
   * serves: the live updates, so its overlay and the shoppers' histories hold them.
   */
  void replayMissedInto(Consumer<List<Event>> live) {
    this.replay = live;
  }

  /** The model serving now; empty until the first model is restored or trained. */
  Optional<ServingModel> current() {
    return Optional.ofNullable(current.get());
  }

  Optional<ServingModel> previous() {
    return Optional.ofNullable(previous.get());
  }

  /** True when this model was read from a bundle rather than trained by this process. */
  boolean restored(ServingModel model) {
    return restoredVersions.contains(model.version());
  }

  /** The bundles on disk, newest first. */
  List<Bundle> bundles() {
    return bundles.list();
  }

  /**
   * Serves the newest bundle whose manifest and checksum verify, passing over (and logging) the
   * others; empty when there is none. New versions continue after the highest on disk.
   */
  synchronized Optional<ServingModel> restore() {
    bundles.deletePartials();
    lastVersion = Math.max(lastVersion, bundles.highestVersion());
    Optional<ServingModel> restored = bundles
        .restoreNewest(EngineSettings.defaults(), Models::passedOver).map(this::serving);
    restored.ifPresentOrElse(model -> {
      current.set(model);
      LOG.info("model {} serves from its bundle in {} ({} items, {} rules, trained {})",
          model.version(), bundles.directory(), model.itemCount(), model.ruleCount(),
          model.trainedAt());
    }, () -> LOG.info("no usable model bundle in {}; training the first model",
        bundles.directory()));
    return restored;
  }

  private static void passedOver(Bundle bundle, String why) {
    LOG.warn("model bundle {} passed over: {}", bundle.directory(), why);
  }

  private ServingModel serving(RestoredModel restored) {
    Snapshot snapshot = restored.model().snapshot();
    ServingModel model =
        ServingModel.of(restored, store.catalogFacts(snapshot.items()), rules);
    List<Event> missed = store.purchasesAfter(model.lastEventSeq());
    replay.accept(missed);
    LOG.info("model {} read from its bundle in {} ms; {} purchases stored after its event {} "
        + "replayed", model.version(), restored.loadMillis(), missed.size(), model.lastEventSeq());
    restoredVersions.add(model.version());
    savedVersions.add(model.version());
    return model;
  }

  /** Trains a new model from the store in the background and swaps it in when done. */
  CompletableFuture<ServingModel> trainInBackground() {
    return CompletableFuture.supplyAsync(() -> train(Reading.now(store)), trainer);
  }

  /**
   * A snapshot with the training clock and the store's watermark taken before it was read, so an
   * event acknowledged meanwhile reaches the live overlay (and a restore's replay) rather than
   * neither.
   */
  private record Reading(long startNanos, long lastEventSeq, Snapshot snapshot) {
    static Reading now(Store store) {
      long start = System.nanoTime();
      long seq = store.lastEventSeq();
      return new Reading(start, seq, store.snapshot(EventWeights.DEFAULT));
    }
  }

  /**
   * After a restore: reads the store in the background and trains only if its data differ from
   * the serving model's (events added or erased since the bundle was saved).
   */
  CompletableFuture<ServingModel> refreshInBackground() {
    return CompletableFuture.supplyAsync(() -> {
      Reading reading = Reading.now(store);
      Snapshot snapshot = reading.snapshot();
      ServingModel serving = current.get();
      if (serving != null && sameData(serving.engineModel().snapshot(), snapshot)) {
        LOG.info("the store holds the {} events model {} was trained on: no retraining",
            snapshot.events().size(), serving.version());
        return serving;
      }
      LOG.info("the store changed since model {} was trained: retraining",
          serving == null ? "-" : serving.version());
      return train(reading);
    }, trainer);
  }

  private static boolean sameData(Snapshot served, Snapshot stored) {
    return served.events().size() == stored.events().size()
        && served.events().lastTime() == stored.events().lastTime()
        && served.fingerprint().equals(stored.fingerprint());
  }

  private ServingModel train(Reading reading) {
    Snapshot snapshot = reading.snapshot();
    releasePrevious();
    try {
      ServingModel model = ServingModel.train(++lastVersion, snapshot,
          store.catalogFacts(snapshot.items()), rules, clock.instant(), reading.startNanos(),
          reading.lastEventSeq());
      save(model); // before it serves: a model that serves is on disk for the next start
      synchronized (this) {
        previous.set(current.getAndSet(model));
      }
      LOG.info("model {} serves: {} items, {} rules, trained in {} ms", model.version(),
          model.itemCount(), model.ruleCount(), model.trainingMillis());
      prune();
      return model;
    } catch (RuntimeException | Error e) { // an OutOfMemoryError too: never fail in silence
      if (!Thread.currentThread().isInterrupted()) {
        LOG.error("training failed; the current model keeps serving", e);
      }
      throw e;
    }
  }

  /**
   * Lets the heap hold the model being trained instead of the previous one, when that one is saved
   * on disk: {@link #rollBack()} reads it back from its bundle. Two models and a third in training
   * do not fit the 512 MB heap the Online Retail models are served in.
   */
  private synchronized void releasePrevious() {
    ServingModel old = previous.get();
    if (old != null && savedVersions.contains(old.version())) {
      previous.set(null);
    }
  }

  /** Saves the model as a bundle; a failure is logged, and the model serves all the same. */
  private void save(ServingModel model) {
    try {
      long start = System.nanoTime();
      var manifest = bundles.save(model.version(), model.engineModel(), model.factors(),
          new ModelBundles.Details(model.trainedAt(), model.trainingMillis(), store.describe(),
              model.lastEventSeq()));
      savedVersions.add(model.version());
      LOG.info("model {} saved to {} ({} bytes) in {} ms", model.version(), bundles.directory(),
          manifest.dataBytes(), (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof java.nio.channels.ClosedByInterruptException) {
        LOG.info("the server stopped while model {} was being saved; it was not saved",
            model.version());
        throw e;
      }
      LOG.error("model {} could not be saved; it serves, but a restart will not find it",
          model.version(), e);
    }
  }

  private void prune() {
    try {
      bundles.prune(inUse());
    } catch (RuntimeException e) {
      LOG.warn("old model bundles could not be pruned", e);
    }
  }

  private Set<Integer> inUse() {
    Set<Integer> versions = new HashSet<>();
    current().ifPresent(m -> versions.add(m.version()));
    previous().ifPresent(m -> versions.add(m.version()));
    return versions;
  }

  /** Retrains every {@code minutes} minutes from now on (0: never). */
  void retrainEvery(int minutes) {
    if (minutes > 0) {
      schedule.scheduleAtFixedRate(this::trainInBackground, minutes, minutes, TimeUnit.MINUTES);
    }
  }

  /**
   * Puts the previous model back (read from its bundle when this process has none in memory) and
   * marks the replaced model's bundle rolled back; false when there is nothing to go back to.
   */
  synchronized boolean rollBack() {
    ServingModel now = current.get();
    ServingModel before = previous.get();
    if (before == null && now != null) {
      before = bundles.restoreBefore(now.version(), EngineSettings.defaults(), Models::passedOver)
          .map(this::serving).orElse(null);
    }
    if (before == null) {
      return false;
    }
    previous.set(current.getAndSet(before));
    try {
      bundles.markRolledBack(before.version(), false);
      if (now != null) {
        bundles.markRolledBack(now.version(), true);
      }
    } catch (RuntimeException e) {
      LOG.error("rolled back to model {}, but a restart may serve model {} again",
          before.version(), now == null ? "-" : now.version(), e);
    }
    LOG.info("rolled back: model {} serves instead of model {}", before.version(),
        now == null ? "-" : now.version());
    return true;
  }

  @Override
  public void close() {
    schedule.shutdownNow();
    trainer.shutdownNow();
  }
}

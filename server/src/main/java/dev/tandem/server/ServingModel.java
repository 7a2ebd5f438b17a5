package dev.tandem.server;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.Engine;
import dev.tandem.engine.EngineModel;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.engine.live.LiveCooccurrence;
import dev.tandem.engine.live.LiveEvents;
import dev.tandem.engine.pipeline.Offer;
import dev.tandem.engine.bundle.BundleManifest;
import dev.tandem.engine.bundle.RestoredModel;
import dev.tandem.recommend.factors.ImplicitAls;
import dev.tandem.recommend.factors.ImplicitAlsModel;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What the server recommends from: the cross-sell and up-sell {@link Engine} built on one snapshot
 * (association rules, co-purchase complements, product types, sales counts), with the shop's
 * business rules, an implicit-ALS factor model whose fold-in serves carts and shoppers (new ones
 * too), and when and how fast it was built. The model is immutable and the server swaps whole
 * models; its {@link LiveCooccurrence} overlay adds the orders acknowledged since its training
 * started ({@link #catchUp}), so the next request reflects a purchase without retraining.
 */
final class ServingModel {
  private final int version;
  private final Instant trainedAt;
  private final long trainingMillis;
  private final Snapshot snapshot;
  private final Engine engine;
  private final LiveCooccurrence live;
  private final long startNanos;
  private final ItemAnswers itemAnswers;
  private final ImplicitAlsModel factors;
  private final long lastEventSeq;

  private ServingModel(int version, Instant trainedAt, long trainingMillis, long startNanos,
      Engine engine, LiveCooccurrence live, ImplicitAlsModel factors, long lastEventSeq) {
    Snapshot snapshot = engine.snapshot();
    this.version = version;
    this.trainedAt = trainedAt;
    this.trainingMillis = trainingMillis;
    this.startNanos = startNanos;
    this.snapshot = snapshot;
    this.engine = engine;
    this.live = live;
    this.itemAnswers = new ItemAnswers(snapshot.itemCount());
    this.factors = factors;
    this.lastEventSeq = lastEventSeq;
  }

  /**
   * Builds the engine and the factor model on a snapshot read after {@code startNanos} (of {@link
   * System#nanoTime}) and after the store's event number was {@code lastEventSeq}: events
   * acknowledged before then are in the snapshot, later ones reach the live overlay.
   */
  static ServingModel train(int version, Snapshot snapshot, CatalogFacts facts, BusinessRules rules,
      Instant trainedAt, long startNanos, long lastEventSeq) {
    EngineModel model = EngineModel.build(snapshot);
    ImplicitAlsModel factors = ImplicitAls.defaults().train(snapshot);
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    return serving(version, model, factors, facts, rules, trainedAt, millis, startNanos,
        lastEventSeq);
  }

  private static ServingModel serving(int version, EngineModel model, ImplicitAlsModel factors,
      CatalogFacts facts, BusinessRules rules, Instant trainedAt, long millis, long startNanos,
      long lastEventSeq) {
    LiveCooccurrence live = new LiveCooccurrence(model, startNanos);
    Engine engine = Engine.of(model, rules, facts, new Engine.Serving(live, factors));
    return new ServingModel(
        version, trainedAt, millis, startNanos, engine, live, factors, lastEventSeq);
  }

  /** Applies the purchases acknowledged since this model last looked; cheap when none. */
  ServingModel catchUp(LiveEvents events) {
    live.catchUp(events.purchases());
    return this;
  }

  /** The item cross-sell answers for the default count, cached while the item's evidence holds. */
  byte[] itemAnswer(int item, java.util.function.Supplier<byte[]> compute) {
    return itemAnswers.get(item, live.stampOf(item), compute);
  }

  /** When the training of this model started (of {@link System#nanoTime}). */
  long startNanos() {
    return startNanos;
  }

  /** The snapshot indices of the item ids this model knows, in order. */
  int[] itemIndices(String[] ids) {
    return Arrays.stream(ids).mapToInt(this::itemIndex).filter(i -> i >= 0).toArray();
  }

  /**
   * A model read from a bundle, factors included: nothing is trained. Its live overlay starts now,
   * so the purchases stored after its watermark, replayed ({@link LiveUpdates#replay}), are added.
   */
  static ServingModel of(RestoredModel restored, CatalogFacts facts, BusinessRules rules) {
    BundleManifest manifest = restored.manifest();
    return serving(manifest.version(), restored.model(), restored.factors(), facts, rules,
        manifest.createdAt(), manifest.trainingMillis(), System.nanoTime(),
        manifest.lastEventSeq());
  }

  /** The engine's model, which a bundle saves. */
  EngineModel engineModel() {
    return engine.model();
  }

  /** The factor model, which a bundle saves. */
  ImplicitAlsModel factors() {
    return factors;
  }

  /** The store's last event number before this model's snapshot was read (its watermark). */
  long lastEventSeq() {
    return lastEventSeq;
  }

  int version() {
    return version;
  }

  Instant trainedAt() {
    return trainedAt;
  }

  long trainingMillis() {
    return trainingMillis;
  }

  int ruleCount() {
    return engine.model().associations().ruleIndex().size();
  }

  String status() {
    return engine.model().associations().status();
  }

  String fingerprint() {
    return snapshot.fingerprint();
  }

  int itemCount() {
    return snapshot.itemCount();
  }

  /** The snapshot index of an item id, or -1 when the model does not know it. */
  int itemIndex(String id) {
    return snapshot.items().indexOf(id);
  }

  /** The snapshot index of a shopper, or -1 when the model does not know them. */
  int userIndex(String id) {
    return id == null ? -1 : snapshot.users().indexOf(id);
  }

  String itemId(int item) {
    return snapshot.items().idOf(item);
  }

  String title(int item) {
    return snapshot.itemTitle(item);
  }

  double price(int item) {
    return snapshot.itemPrice(item);
  }

  List<Offer> crossSellForItem(int item, int count) {
    return engine.crossSellForItem(item, count);
  }

  /** For an item's page in a visit whose items are {@code session} (latest first). */
  List<Offer> crossSellForItem(int item, int[] session, int count) {
    return engine.crossSellForItem(item, session, count);
  }

  List<Offer> crossSellForCart(int[] cart, int user, int[] boughtLive, int[] session, int count) {
    return engine.crossSellForCart(cart, user, boughtLive, session, count);
  }

  /** For a shopper (-1 when the model lacks them) who bought {@code boughtLive} since, latest first. */
  List<Offer> crossSellForUser(int user, int[] boughtLive, int[] session, int count) {
    return engine.crossSellForUser(user, boughtLive, session, count);
  }

  List<Offer> upSell(int item, int user, int[] boughtLive, int count) {
    return engine.upSell(item, user, boughtLive, count);
  }
}

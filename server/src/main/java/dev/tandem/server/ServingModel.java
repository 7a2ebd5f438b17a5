package dev.tandem.server;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.Engine;
import dev.tandem.engine.EngineModel;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.engine.pipeline.Offer;
import java.time.Instant;
import java.util.List;

/**
 * What the server recommends from: the cross-sell and up-sell {@link Engine} built on one snapshot
 * (association rules, co-purchase complements, product types, sales counts), with the shop's
 * business rules, and when and how fast it was built. Immutable; the server swaps whole models.
 */
final class ServingModel {
  private final int version;
  private final Instant trainedAt;
  private final long trainingMillis;
  private final Snapshot snapshot;
  private final Engine engine;

  private ServingModel(
      int version, Instant trainedAt, long trainingMillis, Snapshot snapshot, Engine engine) {
    this.version = version;
    this.trainedAt = trainedAt;
    this.trainingMillis = trainingMillis;
    this.snapshot = snapshot;
    this.engine = engine;
  }

  static ServingModel train(
      int version, Snapshot snapshot, BusinessRules rules, Instant trainedAt, long startNanos) {
    Engine engine = Engine.build(snapshot, rules, CatalogFacts.unknown(snapshot.itemCount()));
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    return new ServingModel(version, trainedAt, millis, snapshot, engine);
  }

  /** A model over an engine model built before (restored from a bundle): no training. */
  static ServingModel of(
      int version, EngineModel model, BusinessRules rules, Instant trainedAt, long trainingMillis) {
    Engine engine = Engine.of(model, rules, CatalogFacts.unknown(model.snapshot().itemCount()));
    return new ServingModel(version, trainedAt, trainingMillis, model.snapshot(), engine);
  }

  /** The engine's model, which a bundle saves. */
  EngineModel engineModel() {
    return engine.model();
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

  List<Offer> crossSellForCart(int[] cart, int user, int count) {
    return engine.crossSellForCart(cart, user, count);
  }

  List<Offer> crossSellForUser(int user, int count) {
    return engine.crossSellForUser(user, count);
  }

  List<Offer> upSell(int item, int user, int count) {
    return engine.upSell(item, user, count);
  }
}

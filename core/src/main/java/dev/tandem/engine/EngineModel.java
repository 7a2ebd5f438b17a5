package dev.tandem.engine;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.engine.relation.ComplementIndex;
import dev.tandem.engine.relation.CooccurrenceCounts;
import dev.tandem.engine.relation.RelationJudge;
import dev.tandem.engine.relation.SalesCounts;
import dev.tandem.engine.relation.ViewedInstead;
import dev.tandem.rules.AssociationModel;
import dev.tandem.rules.AssociationRules;

/**
 * The expensive, rule-independent part of the engine, built once per snapshot: product types,
 * co-occurrence and sales counts, the relation judge, association rules and shoppers' recent
 * purchases. Any number of {@link Engine}s with different business rules share one model.
 */
public final class EngineModel {
  final Snapshot snapshot;
  final EngineSettings settings;
  final ProductTypes types;
  final CooccurrenceCounts counts;
  final SalesCounts sales;
  final RelationJudge judge;
  final ComplementIndex complements;
  final AssociationModel associations;
  final ShopperHistory history;

  private EngineModel(Snapshot snapshot, EngineSettings settings) {
    this(snapshot, settings, AssociationRules.mine(snapshot, settings.mining()));
  }

  private EngineModel(Snapshot snapshot, EngineSettings settings, AssociationModel associations) {
    this.snapshot = snapshot;
    this.settings = settings;
    this.types = ProductTypes.of(snapshot, settings.types());
    this.counts = CooccurrenceCounts.of(snapshot);
    this.sales = SalesCounts.of(snapshot);
    this.judge = new RelationJudge(counts, types, snapshot::itemTitle, settings.relations(),
        ViewedInstead.of(snapshot));
    this.complements = ComplementIndex.of(counts, settings.relations());
    this.associations = associations;
    this.history = ShopperHistory.of(snapshot, settings.recentItems());
  }

  public static EngineModel build(Snapshot snapshot, EngineSettings settings) {
    return new EngineModel(snapshot, settings);
  }

  /**
   * A model over association rules mined before (a saved model bundle): rebuilds only the cheap,
   * deterministic parts (types, counts, the judge, shoppers' histories) from the snapshot.
   */
  public static EngineModel restore(
      Snapshot snapshot, EngineSettings settings, AssociationModel associations) {
    return new EngineModel(snapshot, settings, associations);
  }

  public static EngineModel build(Snapshot snapshot) {
    return build(snapshot, EngineSettings.defaults());
  }

  public Snapshot snapshot() {
    return snapshot;
  }

  public ProductTypes types() {
    return types;
  }

  public CooccurrenceCounts counts() {
    return counts;
  }

  public SalesCounts sales() {
    return sales;
  }

  public RelationJudge judge() {
    return judge;
  }

  public ComplementIndex complements() {
    return complements;
  }

  public AssociationModel associations() {
    return associations;
  }

  public EngineSettings settings() {
    return settings;
  }

  /** Approximate bytes held (counts, types and rules index). */
  public long sizeInBytes() {
    return counts.sizeInBytes() + complements.sizeInBytes() + types.sizeInBytes()
        + associations.ruleIndex().sizeInBytes();
  }
}

package dev.tandem.engine;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.engine.relation.ComplementIndex;
import dev.tandem.engine.relation.CooccurrenceCounts;
import dev.tandem.engine.relation.RelationJudge;
import dev.tandem.engine.relation.SalesCounts;
import dev.tandem.engine.relation.ViewedInstead;
import dev.tandem.engine.upsell.TradeUps;
import dev.tandem.propensity.LogisticRegression;
import dev.tandem.propensity.PropensitySplitSettings;
import dev.tandem.propensity.PurchasePropensity;
import dev.tandem.rules.AssociationModel;
import dev.tandem.rules.AssociationRules;
import dev.tandem.segments.CustomerSegments;
import dev.tandem.segments.SegmentPopularity;
import dev.tandem.segments.SegmentSettings;

/**
 * The expensive, rule-independent part of the engine, built once per snapshot: product types,
 * co-occurrence and sales counts, the relation judge, association rules, shoppers' recent
 * purchases and observed trade-ups. Any number of {@link Engine}s with different business rules share one model.
 * The purchase-propensity model is trained only when rules ask for it ({@link
 * #purchasePropensity}).
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
  final SegmentPopularity segmentPopularity;
  final TradeUps tradeUps;
  private PurchasePropensity purchasePropensity;

  private EngineModel(Snapshot snapshot, EngineSettings settings) {
    this(snapshot, settings, CooccurrenceCounts.of(snapshot), null,
        AssociationRules.mine(snapshot, settings.mining()));
  }

  /** With {@code complements} null, they are built from the counts. */
  private EngineModel(Snapshot snapshot, EngineSettings settings, CooccurrenceCounts counts,
      ComplementIndex complements, AssociationModel associations) {
    this.snapshot = snapshot;
    this.settings = settings;
    this.types = ProductTypes.of(snapshot, settings.types());
    this.counts = counts;
    this.sales = SalesCounts.of(snapshot);
    this.judge = new RelationJudge(counts, types, snapshot::itemTitle, settings.relations(),
        ViewedInstead.of(snapshot));
    this.complements =
        complements != null ? complements : ComplementIndex.of(counts, settings.relations());
    this.associations = associations;
    this.history = ShopperHistory.of(snapshot, settings.recentItems());
    this.segmentPopularity = SegmentPopularity.of(snapshot,
        CustomerSegments.build(snapshot, SegmentSettings.defaults(), types));
    this.tradeUps = TradeUps.of(snapshot, types);
  }

  public static EngineModel build(Snapshot snapshot, EngineSettings settings) {
    return new EngineModel(snapshot, settings);
  }

  /**
   * A model over tables built before (a saved model bundle): the co-occurrence counts, the
   * complements and the association rules as saved; only the cheap, deterministic parts (types,
   * sales counts, the judge, shoppers' histories, segments, trade-ups) are rebuilt from the snapshot.
   */
  public static EngineModel restore(Snapshot snapshot, EngineSettings settings,
      CooccurrenceCounts counts, ComplementIndex complements, AssociationModel associations) {
    return new EngineModel(snapshot, settings, counts, complements, associations);
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

  /** Best sellers per RFM segment and in first orders: the fallback for known shoppers. */
  public SegmentPopularity segmentPopularity() {
    return segmentPopularity;
  }

  /** Trade-ups observed in the purchases: evidence for learned up-sell bands. */
  public TradeUps tradeUps() {
    return tradeUps;
  }

  /**
   * The up-sell's P(accept) under {@code upsell.acceptance=propensity}: {@link
   * LogisticRegression#defaults()} trained by {@link PurchasePropensity#train} on this snapshot
   * (the purchases after 80% of its orders, features as of that cut, 4 sampled non-purchases per
   * purchase; {@link PropensitySplitSettings#defaults()}, seed 42) with this model's product
   * types, serving features of the whole snapshot. Trained on first use, once (not saved in a
   * bundle: a restored model trains it again, identically). An error, naming the setting, when
   * the snapshot has no known shoppers' purchases to learn from.
   */
  public synchronized PurchasePropensity purchasePropensity() {
    if (purchasePropensity == null) {
      try {
        purchasePropensity = PurchasePropensity.train(snapshot, types,
            PropensitySplitSettings.defaults(), LogisticRegression.defaults());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("upsell.acceptance=propensity: " + e.getMessage()
            + "; use upsell.acceptance=share", e);
      }
    }
    return purchasePropensity;
  }

  public EngineSettings settings() {
    return settings;
  }

  /** Approximate bytes held (counts, types and rules index). */
  public long sizeInBytes() {
    return counts.sizeInBytes() + complements.sizeInBytes() + types.sizeInBytes()
        + associations.ruleIndex().sizeInBytes() + tradeUps.sizeInBytes();
  }
}

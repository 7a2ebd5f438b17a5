package dev.tandem.engine;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.engine.businessrules.CrossSellObjective;
import dev.tandem.engine.businessrules.ExpectedRevenue;
import dev.tandem.engine.businessrules.RuleFilters;
import dev.tandem.engine.businessrules.UpsellAcceptance;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.engine.pipeline.CandidateFilter;
import dev.tandem.engine.pipeline.CandidateSource;
import dev.tandem.engine.pipeline.CoPurchaseSource;
import dev.tandem.engine.pipeline.Complements;
import dev.tandem.engine.pipeline.FactorSource;
import dev.tandem.engine.pipeline.Diversifier;
import dev.tandem.engine.pipeline.Offer;
import dev.tandem.engine.pipeline.Pipeline;
import dev.tandem.engine.pipeline.PopularSource;
import dev.tandem.engine.pipeline.Request;
import dev.tandem.engine.pipeline.RequestKind;
import dev.tandem.engine.pipeline.Rescorer;
import dev.tandem.engine.pipeline.RuleSource;
import dev.tandem.engine.pipeline.SegmentPopularSource;
import dev.tandem.engine.pipeline.SessionSource;
import dev.tandem.engine.relation.Relation;
import dev.tandem.engine.upsell.RecentShare;
import dev.tandem.engine.upsell.ShopperPriceFit;
import dev.tandem.engine.upsell.UpgradeSource;
import dev.tandem.engine.upsell.UpsellBands;
import dev.tandem.propensity.AcceptanceModel;
import java.util.ArrayList;
import dev.tandem.recommend.Recommender;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The cross-sell and up-sell engine for one snapshot. {@link #build} does the expensive work once
 * (product types, co-occurrence counts, association rules, sales counts); the request methods are
 * cheap, immutable and thread-safe.
 *
 * <pre>{@code
 * Engine engine = Engine.build(snapshot, BusinessRulesFile.read(path), CatalogFacts.unknown(n));
 * List<Offer> forCart = engine.crossSellForCart(new int[] {a, b}, 10);
 * List<Offer> better = engine.upSell(a, Request.ANONYMOUS, 5);
 * }</pre>
 */
public final class Engine {
  private final EngineModel model;
  private final BusinessRules rules;
  private final Pipeline crossSell;
  private final Pipeline upSell;
  private final UpsellBands bands;
  private static final int[] NO_SESSION = new int[0];

  private Engine(EngineModel model, BusinessRules rules, CatalogFacts facts, Serving serving) {
    this.model = model;
    this.rules = rules;
    Snapshot snapshot = model.snapshot;
    EngineSettings settings = model.settings;
    List<CandidateFilter> filters =
        RuleFilters.all(rules, snapshot, model.types, facts, model.sales);
    List<CandidateFilter> crossFilters = new ArrayList<>(filters);
    crossFilters.add(RuleFilters.notSubstituteOfContext(model.judge));
    List<CandidateSource> crossSources = new ArrayList<>(List.of(
        new RuleSource(model.associations.ruleIndex(), snapshot::itemTitle),
        new CoPurchaseSource(serving.complements(model), snapshot::itemTitle),
        new SessionSource(serving.complements(model), snapshot::itemTitle),
        new SegmentPopularSource(model.segmentPopularity,
            new PopularSource(model.counts, PopularSource.FALLBACK), PopularSource.FALLBACK)));
    if (serving.factors() != null) {
      crossSources.add(new FactorSource(serving.factors(),
          EnumSet.of(RequestKind.CART, RequestKind.USER)));
    }
    List<Rescorer> crossRescorers = rules.crossSellObjective() == CrossSellObjective.REVENUE
        ? List.of(new ExpectedRevenue(snapshot)) : List.of();
    this.crossSell = new Pipeline(crossSources, crossFilters, crossRescorers,
        new Diversifier(model.types, rules.diversity(), rules.maxPerType()),
        pinned(rules, snapshot), settings.poolSize());
    this.bands = UpsellBands.of(rules, model.types, model.tradeUps, snapshot);
    AcceptanceModel propensity = rules.upsellAcceptance() == UpsellAcceptance.PROPENSITY
        ? model.purchasePropensity() : null;
    this.upSell = new Pipeline(List.of(new UpgradeSource(snapshot, model.types, model.counts,
        model.sales, rules, facts, bands, model.tradeUps, RecentShare.of(snapshot, model.types,
            rules.upsellRecentDays(), rules.upsellChoicePrior()), propensity)), filters,
        List.of(new ShopperPriceFit(snapshot, model.types, model.sales)),
        new Diversifier(model.types, 0, 0),
        new int[0], settings.poolSize());
  }

  /**
   * What a serving engine adds to the model: where complements are read ({@code null}: the model's
   * index; a live overlay otherwise) and a factor model whose fold-in proposes candidates for carts
   * and shoppers ({@code null}: none).
   */
  public record Serving(Complements complements, Recommender factors) {
    public static final Serving NONE = new Serving(null, null);

    Complements complements(EngineModel model) {
      return complements != null ? complements : item -> model.complements;
    }
  }

  /** Builds the model (the expensive part) and an engine with these rules. */
  public static Engine build(Snapshot snapshot, BusinessRules rules, CatalogFacts facts) {
    return of(EngineModel.build(snapshot), rules, facts);
  }

  /**
   * An engine over a built model: cheap, so rules can change without rebuilding (the first engine
   * with {@code upsell.acceptance=propensity} trains the model's propensity model).
   */
  public static Engine of(EngineModel model, BusinessRules rules, CatalogFacts facts) {
    return of(model, rules, facts, Serving.NONE);
  }

  /** An engine over a built model with a live overlay's complements and a factor model. */
  public static Engine of(EngineModel model, BusinessRules rules, CatalogFacts facts,
      Serving serving) {
    return new Engine(model, rules, facts, serving);
  }

  private static int[] pinned(BusinessRules rules, Snapshot snapshot) {
    return rules.pinnedItems().stream().mapToInt(id -> snapshot.items().indexOf(id))
        .filter(i -> i >= 0).toArray();
  }

  /** What goes with this item, for its product page. */
  public List<Offer> crossSellForItem(int item, int k) {
    return crossSell.run(new Request(RequestKind.ITEM, Request.ANONYMOUS, new int[] {item}, k));
  }

  /** What completes the cart: complements of the whole cart, never in it nor a substitute. */
  public List<Offer> crossSellForCart(int[] cart, int user, int k) {
    return crossSell.run(new Request(RequestKind.CART, user, cart, k));
  }

  /** Next best offer for a shopper, from their most recent purchases. */
  public List<Offer> crossSellForUser(int user, int k) {
    return crossSell.run(new Request(RequestKind.USER, user, model.history.recent(user), k));
  }

  /**
   * Next best offer for a shopper (a snapshot user, or {@link Request#ANONYMOUS} for one the
   * snapshot lacks) who bought {@code boughtLive} since the snapshot (latest first): those lead
   * the history used as context, and are never offered (with exclude-already-bought).
   */
  public List<Offer> crossSellForUser(int user, int[] boughtLive, int k) {
    return crossSellForUser(user, boughtLive, NO_SESSION, k);
  }

  /** As {@link #crossSellForUser(int, int[], int)}, in a visit whose items are {@code session}. */
  public List<Offer> crossSellForUser(int user, int[] boughtLive, int[] session, int k) {
    int[] recent = model.history.recent(user);
    int[] context = IntStream.concat(Arrays.stream(boughtLive), Arrays.stream(recent)).distinct()
        .limit(Math.max(model.settings.recentItems(), boughtLive.length)).toArray();
    return crossSell.run(new Request(RequestKind.USER, user, context, k, boughtLive, session));
  }

  /** {@link #crossSellForCart(int[], int, int)} for a shopper who bought {@code boughtLive} since. */
  public List<Offer> crossSellForCart(int[] cart, int user, int[] boughtLive, int k) {
    return crossSellForCart(cart, user, boughtLive, NO_SESSION, k);
  }

  /** As {@link #crossSellForCart(int[], int, int[], int)}, in a visit of {@code session} items. */
  public List<Offer> crossSellForCart(int[] cart, int user, int[] boughtLive, int[] session,
      int k) {
    return crossSell.run(new Request(RequestKind.CART, user, cart, k, boughtLive, session));
  }

  /**
   * What goes with this item for a shopper whose visit so far holds {@code session} (item indices,
   * latest first): the item's own complements, and those of what they viewed.
   */
  public List<Offer> crossSellForItem(int item, int[] session, int k) {
    return crossSell.run(new Request(
        RequestKind.ITEM, Request.ANONYMOUS, new int[] {item}, k, new int[0], session));
  }

  /** {@link #upSell(int, int, int)} for a shopper who bought {@code boughtLive} since. */
  public List<Offer> upSell(int item, int user, int[] boughtLive, int k) {
    return upSell.run(new Request(RequestKind.UPSELL, user, new int[] {item}, k, boughtLive));
  }

  /** What goes with an order just placed (a snapshot basket). */
  public List<Offer> crossSellForOrder(int basket, int k) {
    CsrMatrix baskets = model.snapshot.basketItems();
    int[] items = Arrays.copyOf(baskets.row(basket), baskets.rowLength(basket));
    return crossSell.run(
        new Request(RequestKind.ORDER, model.snapshot.basketUser(basket), items, k));
  }

  /** Pricier versions of the item the shopper (or {@link Request#ANONYMOUS}) may take instead. */
  public List<Offer> upSell(int item, int user, int k) {
    return upSell.run(new Request(RequestKind.UPSELL, user, new int[] {item}, k));
  }

  /** The judgement on a pair, with its evidence. */
  public Relation relation(int a, int b) {
    return model.judge.judge(a, b);
  }

  /** The name of the business rule that keeps the item out of cross-sell, or null. */
  public String crossSellRuleDropping(int user, int[] context, int item) {
    return crossSell.droppedBy(new Request(RequestKind.CART, user, context, 1), item);
  }

  public EngineModel model() {
    return model;
  }

  public Snapshot snapshot() {
    return model.snapshot;
  }

  public ProductTypes types() {
    return model.types;
  }

  /** The up-sell band of a product type, with its source (configured, learned, default). */
  public UpsellBands.TypeBand upsellBand(int type) {
    return bands.of(type);
  }

  public BusinessRules rules() {
    return rules;
  }

  /** The shopper's most recent distinct purchases, latest first. */
  public int[] recentPurchases(int user) {
    return model.history.recent(user);
  }
}

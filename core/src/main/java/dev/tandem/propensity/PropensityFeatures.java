package dev.tandem.propensity;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.engine.relation.CooccurrenceCounts;
import dev.tandem.segments.CustomerSegments;
import dev.tandem.segments.RfmTable;
import dev.tandem.segments.SegmentSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The features of a (shopper, candidate item, anchor item) triple, read from the shop's history
 * up to an instant. Shopper: RFM (days since last purchase, log orders, log net spend), log
 * distinct items, log mean price paid, RFM segment (one column per segment). Item: log list
 * price, log orders, log orders in the last 30 days. Pair, over the shopper's {@value
 * #HISTORY_ITEMS} most recent distinct purchases plus the anchor (the item on the page, when
 * there is one): log(1 + times the shopper bought the item), share of those items of the
 * candidate's product type, log(1 + best lift), mean confidence P(candidate | history item), best
 * cosine of co-purchase, and log(price / the shopper's mean price paid). An anonymous shopper (user
 * -1) is the typical shopper: each shopper column is its mean over the history's shoppers with a
 * purchase (a segment column: the share of them in the segment), the price ratio is against their
 * mean log price, and the pair features see only the anchor. (Models are trained on known
 * shoppers; zeros, a shopper who bought today for nothing, lie far outside what they saw.)
 * Immutable and thread-safe.
 */
public final class PropensityFeatures {
  /** A shopper's most recent distinct purchases that pair features look at. */
  public static final int HISTORY_ITEMS = 50;

  static final long RECENT_MILLIS = 30L * 86_400_000L;
  private static final String[] USER = {"user.recencyDays", "user.logOrders", "user.logSpend",
      "user.logDistinctItems", "user.logMeanPrice"};
  private static final String[] ITEM = {"item.logPrice", "item.logOrders", "item.logOrders30d"};
  private static final String[] PAIR = {"pair.logTimesBought", "pair.typeAffinity",
      "pair.logBestLift", "pair.meanConfidence", "pair.bestCosine", "pair.logPriceRatio"};

  private final Snapshot history;
  private final ProductTypes types;
  private final RfmTable rfm;
  private final CustomerSegments segments;
  private final CooccurrenceCounts counts;
  private final ShopperHistories shoppers;
  private final int[] recentOrders;
  private final List<String> names;
  private final float[] typicalShopper;
  private final double typicalMeanLogPrice;

  private PropensityFeatures(Snapshot history, long asOf, ProductTypes types,
      SegmentSettings segmentSettings) {
    this.history = history;
    this.types = types;
    this.rfm = RfmTable.of(history, asOf);
    this.segments = CustomerSegments.build(history, asOf, segmentSettings, types);
    this.counts = CooccurrenceCounts.of(history);
    this.shoppers = ShopperHistories.of(history, HISTORY_ITEMS);
    this.recentOrders = recentOrders(history, asOf);
    this.names = names(segments.size());
    this.typicalShopper = typicalShopper();
    this.typicalMeanLogPrice = typicalMeanLogPrice();
  }

  /** The mean shopper columns over the history's shoppers with a purchase (zeros when none). */
  private float[] typicalShopper() {
    float[] row = new float[USER.length + segments.size()];
    double[] sum = new double[row.length];
    int known = 0;
    for (int user = 0; user < history.userCount(); user++) {
      if (rfm.rowOf(user) >= 0) {
        writeUser(user, row, 0);
        for (int c = 0; c < row.length; c++) {
          sum[c] += row[c];
        }
        known++;
      }
    }
    for (int c = 0; c < row.length; c++) {
      row[c] = known == 0 ? 0 : (float) (sum[c] / known);
    }
    return row;
  }

  /** The mean over the history's shoppers of their mean log price paid (NaN when none). */
  private double typicalMeanLogPrice() {
    double sum = 0;
    int known = 0;
    for (int user = 0; user < history.userCount(); user++) {
      double meanLogPrice = shoppers.meanLogPrice(user);
      if (rfm.rowOf(user) >= 0 && !Double.isNaN(meanLogPrice)) {
        sum += meanLogPrice;
        known++;
      }
    }
    return known == 0 ? Double.NaN : sum / known;
  }

  /**
   * Features from the history before {@code asOf} (events after it must not be in {@code
   * history}); product types are the catalog's (the same item indices as {@code history}).
   */
  public static PropensityFeatures of(Snapshot history, long asOf, ProductTypes types,
      SegmentSettings segmentSettings) {
    return new PropensityFeatures(history, asOf, types, segmentSettings);
  }

  /** Features over a whole snapshot, as of just after its last event: for serving. */
  public static PropensityFeatures of(Snapshot snapshot, ProductTypes types,
      SegmentSettings segmentSettings) {
    return of(snapshot, snapshot.events().lastTime() + 1, types, segmentSettings);
  }

  private static List<String> names(int segmentCount) {
    List<String> names = new ArrayList<>(List.of(USER));
    for (int s = 0; s < segmentCount; s++) {
      names.add("user.segment" + s);
    }
    names.addAll(List.of(ITEM));
    names.addAll(List.of(PAIR));
    return List.copyOf(names);
  }

  private static int[] recentOrders(Snapshot history, long asOf) {
    int[] recent = new int[history.itemCount()];
    CsrMatrix baskets = history.basketItems();
    for (int b = 0; b < history.basketCount(); b++) {
      if (history.basketTime(b) >= asOf - RECENT_MILLIS) {
        for (int p = baskets.rowStart(b); p < baskets.rowEnd(b); p++) {
          recent[baskets.columnAt(p)]++;
        }
      }
    }
    return recent;
  }

  /** Column names, in order. */
  public List<String> names() {
    return names;
  }

  public int width() {
    return names.size();
  }

  /** The column of the item's log orders: the popularity-only baseline's one feature. */
  public int popularityColumn() {
    return USER.length + segments.size() + 1;
  }

  public Snapshot history() {
    return history;
  }

  public CustomerSegments segments() {
    return segments;
  }

  /** Orders holding the item in the history. */
  public int itemOrders(int item) {
    return counts.ordersWith(item);
  }

  /**
   * Writes the features of (user, item, anchor) into {@code out} from {@code offset}; user is a
   * history user index or -1, anchor an item index or -1.
   */
  public void write(int user, int item, int anchor, float[] out, int offset) {
    int at = user < 0 ? writeTypicalShopper(out, offset) : writeUser(user, out, offset);
    at = writeItem(item, out, at);
    writePair(user, item, anchor, out, at);
  }

  private int writeTypicalShopper(float[] out, int at) {
    System.arraycopy(typicalShopper, 0, out, at, typicalShopper.length);
    return at + typicalShopper.length;
  }

  private int writeUser(int user, float[] out, int at) {
    int row = rfm.rowOf(user);
    int segment = segments.segmentOf(user);
    out[at++] = row < 0 ? 0 : (float) rfm.recencyDays(row);
    out[at++] = row < 0 ? 0 : (float) Math.log1p(rfm.frequency(row));
    out[at++] = row < 0 ? 0 : (float) Math.log1p(Math.max(0, rfm.monetary(row)));
    out[at++] = (float) Math.log1p(shoppers.distinctItems(user));
    double meanLogPrice = shoppers.meanLogPrice(user);
    out[at++] = Double.isNaN(meanLogPrice) ? 0 : (float) meanLogPrice;
    for (int s = 0; s < segments.size(); s++) {
      out[at++] = s == segment ? 1 : 0;
    }
    return at;
  }

  private int writeItem(int item, float[] out, int at) {
    out[at++] = (float) logPrice(item);
    out[at++] = (float) Math.log1p(counts.ordersWith(item));
    out[at++] = (float) Math.log1p(recentOrders[item]);
    return at;
  }

  private void writePair(int user, int item, int anchor, float[] out, int at) {
    PairEvidence pair = PairEvidence.of(item, anchor, shoppers.recent(user), counts, types);
    out[at++] = (float) Math.log1p(shoppers.lines(user, item));
    out[at++] = (float) pair.typeShare();
    out[at++] = (float) Math.log1p(pair.bestLift());
    out[at++] = (float) pair.meanConfidence();
    out[at++] = (float) pair.bestCosine();
    double meanLogPrice = user < 0 ? typicalMeanLogPrice : shoppers.meanLogPrice(user);
    out[at] = Double.isNaN(meanLogPrice) ? 0 : (float) (logPrice(item) - meanLogPrice);
  }

  private double logPrice(int item) {
    double price = history.itemPrice(item);
    return price > 0 ? Math.log(price) : 0;
  }
}

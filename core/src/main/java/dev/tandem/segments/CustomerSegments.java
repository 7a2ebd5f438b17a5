package dev.tandem.segments;

import dev.tandem.dataset.EventColumns;
import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.shop.EventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Customers in RFM segments, as of an instant: the {@link RfmTable}, its {@link RfmScaling},
 * the k-means {@link Clustering} (k given or chosen by silhouette, see {@link SegmentSettings}) and
 * each {@link Segment} described and named. Segments are numbered by revenue, most first. A shop
 * with fewer customers than segments gets one segment per customer, a shop with none no segment.
 * Immutable; the same snapshot, instant and settings give the same segments.
 *
 * <pre>{@code
 * CustomerSegments segments = CustomerSegments.build(snapshot, asOf, SegmentSettings.defaults(),
 *     ProductTypes.of(snapshot));
 * int segment = segments.segmentOf(user);   // -1 for a shopper with no purchase before asOf
 * }</pre>
 */
public final class CustomerSegments {
  static final int TOP_TYPES = 3;

  private final RfmTable table;
  private final Clustering clustering;
  private final int[] segmentOfRow;
  private final List<Segment> segments;
  private final double silhouette;
  private final SegmentSettings settings;

  private CustomerSegments(RfmTable table, double[] points,
      Clustering clustering, SegmentSettings settings, Snapshot snapshot, ProductTypes types) {
    this.table = table;
    this.clustering = clustering;
    this.settings = settings;
    int[] byRevenue = orderByRevenue(table, clustering);
    this.segmentOfRow = new int[table.size()];
    for (int row = 0; row < table.size(); row++) {
      segmentOfRow[row] = byRevenue[clustering.clusterOf(row)];
    }
    this.segments = describe(table, clustering, byRevenue, snapshot, types);
    this.silhouette = Silhouette.mean(points, RfmScaling.DIMENSIONS, clustering,
        settings.sampleSize(), settings.seed());
  }

  /** Segments the customers with a purchase before {@code asOfMillis}. */
  public static CustomerSegments build(
      Snapshot snapshot, long asOfMillis, SegmentSettings settings, ProductTypes types) {
    RfmTable table = RfmTable.of(snapshot, asOfMillis);
    RfmScaling scaling = RfmScaling.fit(table);
    double[] points = scaling.points(table);
    Clustering clustering = table.size() == 0
        ? new Clustering(new double[0], RfmScaling.DIMENSIONS, new int[0], 0, 0, true)
        : KChoice.best(points, RfmScaling.DIMENSIONS, settings);
    return new CustomerSegments(table, points, clustering, settings, snapshot, types);
  }

  /** Segments as of just after the snapshot's last event. */
  public static CustomerSegments build(
      Snapshot snapshot, SegmentSettings settings, ProductTypes types) {
    return build(snapshot, snapshot.events().lastTime() + 1, settings, types);
  }

  public List<Segment> segments() {
    return segments;
  }

  public int size() {
    return segments.size();
  }

  /** The segment of a snapshot user, or -1 when they bought nothing before "as of". */
  public int segmentOf(int user) {
    int row = table.rowOf(user);
    return row < 0 ? -1 : segmentOfRow[row];
  }

  public RfmTable table() {
    return table;
  }

  public Clustering clustering() {
    return clustering;
  }

  /** Mean silhouette of the clustering on the settings' seeded sample. */
  public double silhouette() {
    return silhouette;
  }

  public SegmentSettings settings() {
    return settings;
  }

  /** relabel[cluster] = its segment number, by revenue (most first; ties: lower cluster). */
  private static int[] orderByRevenue(RfmTable table, Clustering clustering) {
    double[] revenue = new double[clustering.k()];
    for (int row = 0; row < table.size(); row++) {
      revenue[clustering.clusterOf(row)] += table.monetary(row);
    }
    Integer[] clusters = new Integer[revenue.length];
    Arrays.setAll(clusters, i -> i);
    Arrays.sort(clusters, (a, b) -> revenue[a] != revenue[b] ? Double.compare(revenue[b],
        revenue[a]) : Integer.compare(a, b));
    int[] relabel = new int[revenue.length];
    for (int rank = 0; rank < clusters.length; rank++) {
      relabel[clusters[rank]] = rank;
    }
    return relabel;
  }

  private static List<Segment> describe(RfmTable table, Clustering clustering, int[] byRevenue,
      Snapshot snapshot, ProductTypes types) {
    int k = clustering.k();
    int[] clusterOfSegment = new int[k];
    for (int c = 0; c < k; c++) {
      clusterOfSegment[byRevenue[c]] = c;
    }
    int[] segmentOfRow = new int[table.size()];
    for (int row = 0; row < table.size(); row++) {
      segmentOfRow[row] = byRevenue[clustering.clusterOf(row)];
    }
    double total = 0;
    for (int row = 0; row < table.size(); row++) {
      total += table.monetary(row);
    }
    long[][] typeLines = typeLines(table, segmentOfRow, k, snapshot, types);
    SegmentNames names = new SegmentNames();
    List<Segment> out = new ArrayList<>(k);
    for (int s = 0; s < k; s++) {
      out.add(segment(s, clusterOfSegment[s], table, segmentOfRow, clustering, total,
          topTypes(typeLines[s], types), names));
    }
    return List.copyOf(out);
  }

  private static Segment segment(int s, int cluster, RfmTable table, int[] segmentOfRow,
      Clustering clustering, double total, List<String> topTypes, SegmentNames names) {
    int n = 0;
    for (int v : segmentOfRow) {
      n += v == s ? 1 : 0;
    }
    double[] r = new double[n];
    double[] f = new double[n];
    double[] m = new double[n];
    double[] tenure = new double[n];
    double revenue = 0;
    for (int row = 0, i = 0; row < table.size(); row++) {
      if (segmentOfRow[row] == s) {
        r[i] = table.recencyDays(row);
        f[i] = table.frequency(row);
        m[i] = table.monetary(row);
        tenure[i++] = table.tenureDays(row);
        revenue += table.monetary(row);
      }
    }
    double[] centroid = new double[RfmScaling.DIMENSIONS];
    for (int d = 0; d < centroid.length; d++) {
      centroid[d] = clustering.centroid(cluster, d);
    }
    String name = names.name(centroid[0], centroid[1], Segment.Summary.of(tenure).median());
    return new Segment(s, name, n, Segment.Summary.of(r), Segment.Summary.of(f),
        Segment.Summary.of(m), total == 0 ? 0 : revenue / total, topTypes, centroid);
  }

  /** Purchase lines per segment and product type, before "as of". */
  private static long[][] typeLines(RfmTable table, int[] segmentOfRow, int k, Snapshot snapshot,
      ProductTypes types) {
    long[][] lines = new long[k][types.size()];
    EventColumns events = snapshot.events();
    for (int e = 0; e < events.size() && events.time(e) < table.asOf(); e++) {
      int row = table.rowOf(events.user(e));
      if (row >= 0 && events.type(e) == EventType.PURCHASE) {
        lines[segmentOfRow[row]][types.typeOf(events.item(e))]++;
      }
    }
    return lines;
  }

  private static List<String> topTypes(long[] lines, ProductTypes types) {
    List<Integer> order = new ArrayList<>();
    for (int t = 0; t < lines.length; t++) {
      if (lines[t] > 0 && !types.isOther(t)) {
        order.add(t);
      }
    }
    order.sort((a, b) -> lines[a] != lines[b] ? Long.compare(lines[b], lines[a])
        : Integer.compare(a, b));
    return order.stream().limit(TOP_TYPES).map(types::name).toList();
  }
}

package dev.tandem.cli;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.segments.CustomerSegments;
import dev.tandem.segments.Segment;
import dev.tandem.segments.SegmentSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tandem segments}: RFM segments of the shop's customers. */
@Command(
    name = "segments",
    mixinStandardHelpOptions = true,
    description = {
      "Segment the customers by recency, frequency and monetary value (k-means on standardised",
      "RFM, seeded k-means++), and describe each segment: size, mean and median RFM, share of",
      "revenue, the product types it buys most, and a name from its centroid (champions, loyal,",
      "new, occasional, at risk, lapsed, fading). See docs/segments.md.",
      "",
      "Examples:",
      "  tandem segments",
      "  tandem segments --k 5 --seed 7 --json",
      "  tandem segments --as-of 2011-06-01"
    })
final class SegmentsCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--k", defaultValue = "0", paramLabel = "K",
      description = "Segments (default: chosen in 3..8 by the best mean silhouette).")
  int k;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "SEED",
      description = "Seed of k-means++ and of the silhouette sample (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Measure RFM as of this day (yyyy-mm-dd, UTC; default: just after the last"
          + " event).")
  String asOf;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Snapshot snapshot = store.snapshot();
    if (k < 0) {
      throw new IllegalArgumentException("--k must be 1 or more (or 0 to choose), got " + k);
    }
    long asOfMillis = asOfMillis(snapshot);
    CustomerSegments segments = CustomerSegments.build(snapshot, asOfMillis,
        SegmentSettings.defaults().withK(k).withSeed(seed), ProductTypes.of(snapshot));
    spec.commandLine().getErr().printf("%,d customers in %d segments (%s), mean silhouette %.3f,"
        + " RFM as of %s%n", segments.table().size(), segments.size(),
        k == 0 ? "k chosen by silhouette" : "k given", segments.silhouette(),
        Instant.ofEpochMilli(asOfMillis));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Segment segment : segments.segments()) {
      rows.add(row(segment, segments.table().size()));
    }
    (json ? OutputFormat.JSON : OutputFormat.TABLE).print(rows, spec.commandLine().getOut());
    return 0;
  }

  private long asOfMillis(Snapshot snapshot) {
    if (asOf == null) {
      return snapshot.events().lastTime() + 1;
    }
    try {
      return LocalDate.parse(asOf).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--as-of must be a date like 2011-06-01, got '" + asOf
          + "'");
    }
  }

  private Map<String, Object> row(Segment s, int customers) {
    Map<String, Object> row = OutputFormat.row();
    row.put("segment", s.index());
    row.put("name", s.name());
    row.put("customers", s.customers());
    row.put("share", round(100.0 * s.customers() / customers, 1));
    row.put("recencyMean", round(s.recencyDays().mean(), 0));
    row.put("recencyMedian", round(s.recencyDays().median(), 0));
    row.put("ordersMean", round(s.frequency().mean(), 1));
    row.put("ordersMedian", round(s.frequency().median(), 1));
    row.put("spendMean", OutputFormat.money(s.monetary().mean()));
    row.put("spendMedian", OutputFormat.money(s.monetary().median()));
    row.put("revenueShare", round(100.0 * s.revenueShare(), 1));
    row.put("topTypes", json ? s.topTypes() : String.join(", ", s.topTypes()));
    return row;
  }

  private static java.math.BigDecimal round(double value, int places) {
    return java.math.BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_UP);
  }
}

package dev.tandem.evaluation.protocol;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * OLIST-UP, Olist up-sell: orders are split in time at {@value #CUT} (an order's earliest
 * shipping_limit_date, the only time the tables hold); the training catalog has each product's
 * category and its most common training price. Every distinct product {@code b} of a test order
 * is queried as up-sell of the most popular cheaper product {@code a} of its category ({@link
 * CheaperSubstitutes}); relevant = {@code b}, valued at {@code price(b) − price(a)}. The tables
 * have no customer, so every query is anonymous. The validation protocol (OLIST-UP-VAL) is the
 * same construction on the training orders only, split again at {@value #VALIDATION_CUT}.
 */
public final class OlistUpSell {
  public static final String NAME = "OLIST-UP";
  public static final String VALIDATION_NAME = "OLIST-UP-VAL";
  static final String CUT = "2018-06-01 00:00:00";

  /** The validation split's cut: the last two months of the training orders are its test. */
  static final String VALIDATION_CUT = "2018-04-01 00:00:00";

  private OlistUpSell() {}

  public static Benchmark build(Olist data) {
    return build(data, data.orders(), CUT, NAME);
  }

  /** OLIST-UP-VAL: OLIST-UP on the orders before {@value #CUT}, cut at {@value #VALIDATION_CUT}. */
  public static Benchmark buildValidation(Olist data) {
    long cut = OnlineRetail.epochMillis(CUT);
    Map<String, List<Olist.Line>> before = new LinkedHashMap<>();
    data.orders().forEach((id, lines) -> {
      if (start(lines) < cut) {
        before.put(id, lines);
      }
    });
    return build(data, before, VALIDATION_CUT, VALIDATION_NAME);
  }

  private static Benchmark build(Olist data, Map<String, List<Olist.Line>> orders,
      String cutTime, String name) {
    long cut = OnlineRetail.epochMillis(cutTime);
    Map<String, List<Olist.Line>> train = new LinkedHashMap<>();
    Map<String, List<Olist.Line>> test = new LinkedHashMap<>();
    orders.forEach((id, lines) -> (start(lines) < cut ? train : test).put(id, lines));
    Snapshot training = snapshot(train, data.categories());
    UpSellCases cases = new UpSellCases(training, false);
    for (List<Olist.Line> order : test.values()) {
      LinkedHashSet<String> products = new LinkedHashSet<>();
      order.forEach(line -> products.add(line.product()));
      cases.addOrder(new ArrayList<>(products), null);
    }
    Benchmark benchmark = OrUpSell.benchmark(name,
        "Olist up-sell: a test purchase found by up-sell of a cheaper product of its category",
        training, cases, "centavos");
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("order lines", (long) data.lines().size());
    counts.put("train orders", (long) train.size());
    counts.put("test orders", (long) test.size());
    counts.putAll(benchmark.counts());
    return new Benchmark(benchmark.name(), benchmark.description(), training,
        benchmark.testCases(), counts, benchmark.k(), benchmark.headline());
  }

  private static long start(List<Olist.Line> lines) {
    return lines.stream().mapToLong(Olist.Line::time).min().orElseThrow();
  }

  /** Products with category and most common price; one purchase event per line (one unit). */
  static Snapshot snapshot(Map<String, List<Olist.Line>> orders, Map<String, String> categories) {
    Map<String, Map<Double, Integer>> prices = new LinkedHashMap<>();
    orders.values().forEach(lines -> lines.forEach(line -> prices
        .computeIfAbsent(line.product(), p -> new LinkedHashMap<>())
        .merge(line.price(), 1, Integer::sum)));
    SnapshotBuilder builder = new SnapshotBuilder();
    prices.forEach((product, counts) -> {
      String category = categories.get(product);
      builder.item(product, (category == null ? "product" : category) + " "
          + product.substring(0, Math.min(8, product.length())), category, mostCommon(counts));
    });
    orders.values().forEach(lines -> lines.forEach(line -> builder.event(null, line.product(),
        line.order(), EventType.PURCHASE, 1, line.price(), line.time())));
    return builder.build(EventWeights.DEFAULT);
  }

  private static double mostCommon(Map<Double, Integer> counts) {
    double best = Double.NaN;
    int bestCount = 0;
    for (Map.Entry<Double, Integer> price : counts.entrySet()) {
      if (price.getValue() > bestCount) {
        best = price.getKey();
        bestCount = price.getValue();
      }
    }
    return best;
  }
}

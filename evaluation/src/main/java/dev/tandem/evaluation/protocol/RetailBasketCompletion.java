package dev.tandem.evaluation.protocol;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * RETAIL-BC, FIMI retail.dat basket completion: the first 80% (floor) of the baskets in file order
 * train, the rest test; each test basket with at least 2 distinct items is a query numbered q = 0,
 * 1, 2... whose hidden item sits at position q mod size. Baskets are anonymous orders named by
 * their line number (1-based) with quantity 1, no price, and time = line number (so the snapshot
 * keeps file order). Revenue is unknown (0).
 */
public final class RetailBasketCompletion {
  public static final String NAME = "RETAIL-BC";
  public static final String VALIDATION_NAME = "RETAIL-BC-VALIDATION";

  private RetailBasketCompletion() {}

  public static Benchmark build(Path file) {
    return build(NAME, "FIMI retail.dat basket completion: the hidden item of a basket",
        read(file));
  }

  /**
   * The same protocol on RETAIL-BC's training baskets alone (the first 80% of them train, the rest
   * are the queries), for tuning: the test baskets are never read.
   */
  public static Benchmark validation(Path file) {
    List<String[]> baskets = read(file);
    return build(VALIDATION_NAME, "RETAIL-BC's training baskets split again, for tuning",
        baskets.subList(0, (int) Math.floor(baskets.size() * 0.8)));
  }

  private static Benchmark build(String name, String title, List<String[]> baskets) {
    int trainCount = (int) Math.floor(baskets.size() * 0.8);
    Snapshot training = training(baskets.subList(0, trainCount));
    Map<String, Integer> index = RetailTraining.itemIndex(training);
    List<TestCase> cases = new ArrayList<>();
    long unseenHidden = 0;
    for (String[] basket : baskets.subList(trainCount, baskets.size())) {
      if (basket.length >= 2) {
        TestCase testCase =
            HiddenItem.query(cases.size(), List.of(basket), new double[basket.length], index);
        unseenHidden += testCase.unseenRelevant();
        cases.add(testCase);
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("baskets", (long) baskets.size());
    counts.put("train baskets", (long) trainCount);
    counts.put("test baskets", (long) (baskets.size() - trainCount));
    counts.put("train items", (long) training.itemCount());
    counts.put("queries", (long) cases.size());
    counts.put("hidden items unseen in training", unseenHidden);
    return new Benchmark(name, title, training, cases, counts, 10, List.of("HR", "NDCG"));
  }

  private static Snapshot training(List<String[]> baskets) {
    SnapshotBuilder builder = new SnapshotBuilder();
    for (int b = 0; b < baskets.size(); b++) {
      String order = Integer.toString(b + 1);
      for (String item : baskets.get(b)) {
        builder.event(null, item, order, EventType.PURCHASE, 1, Double.NaN, b + 1L);
      }
    }
    return builder.build(EventWeights.DEFAULT);
  }

  /** Baskets in file order, each its distinct item ids in line order. */
  public static List<String[]> read(Path file) {
    List<String[]> baskets = new ArrayList<>(90_000);
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader lines = new BufferedReader(new InputStreamReader(in,
            StandardCharsets.US_ASCII))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : line.trim().split("\\s+")) {
          if (!item.isEmpty()) {
            items.add(item);
          }
        }
        baskets.add(items.toArray(new String[0]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return baskets;
  }
}

package dev.tandem.benchmarks;

import dev.tandem.evaluation.protocol.Benchmark;
import dev.tandem.evaluation.protocol.DataFiles;
import dev.tandem.evaluation.protocol.RetailBasketCompletion;
import dev.tandem.evaluation.run.Algorithms;
import dev.tandem.recommend.Recommender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How RETAIL-BC's test baskets differ from the end of its training baskets, the part every choice
 * tuned on {@code retail-bc-validation} or learned on a hybrid's own held-out tail is fitted to
 * (docs/BENCHMARKS.md, "RETAIL-BC: the test period"). First the data: each of the most sold
 * training items' share of baskets in each tenth of the file, and the share of item sales in the
 * test (and, for comparison, in training's last fifth) by items sold before but not in the fifth
 * just before it. Then each model spec (as in {@link Algorithms#trainer}), trained on RETAIL-BC's training
 * baskets: HR@10 / NDCG@10 over the test queries grouped by their hidden item.
 *
 * <p>Usage: {@code RetailShift SPEC...}, e.g. {@code RetailShift hybrid
 * rules:minSupport=0.0001,minConfidence=0.01,maxLength=3}.
 */
public final class RetailShift {
  private static final int TOP_ITEMS = 6;

  private RetailShift() {}

  public static void main(String[] args) {
    var file = DataFiles.require(DataFiles.fimiRetail(), DataFiles.FIMI_RETAIL);
    List<String[]> baskets = RetailBasketCompletion.read(file);
    int trainCount = (int) Math.floor(baskets.size() * 0.8);
    List<String> top = mostSold(baskets.subList(0, trainCount));
    printShares(baskets, top);
    int tailStart = (int) Math.floor(trainCount * 0.8);
    int beforeTail = (int) Math.floor(tailStart * 0.8);
    System.out.printf(Locale.ROOT, "test sales of items sold in training but not in its last fifth:"
            + " %.4f; training's last fifth, likewise against the fifth before it: %.4f%n",
        returningShare(baskets, 0, tailStart, trainCount, baskets.size()),
        returningShare(baskets, 0, beforeTail, tailStart, trainCount));
    Set<String> returning = returningItems(baskets, tailStart, trainCount);
    List<String> hidden = hiddenItems(baskets.subList(trainCount, baskets.size()));
    Benchmark benchmark = RetailBasketCompletion.build(file);
    List<Map<String, double[]>> bySpec = new ArrayList<>();
    for (String spec : args) {
      Recommender model = Algorithms.trainer(spec).train(benchmark.training());
      Map<String, double[]> groups =
          groups(ModelQuality.score(benchmark, model), hidden, top, returning);
      print(spec, groups);
      bySpec.add(groups);
    }
    printBestPerGroup(bySpec);
  }

  private static List<String> mostSold(List<String[]> baskets) {
    Map<String, Integer> counts = new HashMap<>();
    for (String[] basket : baskets) {
      for (String item : basket) {
        counts.merge(item, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .sorted((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
            : Integer.compare(b.getValue(), a.getValue()))
        .limit(TOP_ITEMS).map(Map.Entry::getKey).toList();
  }

  private static void printShares(List<String[]> baskets, List<String> top) {
    System.out.println("share of baskets holding the item, by tenth of retail.dat (tenths 9-10"
        + " are the test):");
    System.out.printf("%-8s", "item");
    for (int t = 1; t <= 10; t++) {
      System.out.printf(Locale.ROOT, " %6d", t);
    }
    System.out.println();
    for (String item : top) {
      System.out.printf("%-8s", item);
      for (int t = 0; t < 10; t++) {
        List<String[]> tenth =
            baskets.subList(t * baskets.size() / 10, (t + 1) * baskets.size() / 10);
        long holding = tenth.stream().filter(b -> List.of(b).contains(item)).count();
        System.out.printf(Locale.ROOT, " %6.3f", holding / (double) tenth.size());
      }
      System.out.println();
    }
  }

  /** Items sold in baskets [0, from) but not in [from, to). */
  private static Set<String> returningItems(List<String[]> baskets, int from, int to) {
    Set<String> before = new HashSet<>();
    baskets.subList(0, from).forEach(b -> before.addAll(List.of(b)));
    baskets.subList(from, to).forEach(b -> List.of(b).forEach(before::remove));
    return before;
  }

  /**
   * Share of item sales in baskets [from, to) whose item was sold in [start, gapFrom) but not in
   * [gapFrom, from).
   */
  private static double returningShare(
      List<String[]> baskets, int start, int gapFrom, int from, int to) {
    Set<String> returning = returningItems(baskets.subList(start, from), gapFrom - start,
        from - start);
    long sales = 0;
    long theirs = 0;
    for (String[] basket : baskets.subList(from, to)) {
      for (String item : basket) {
        sales++;
        theirs += returning.contains(item) ? 1 : 0;
      }
    }
    return theirs / (double) sales;
  }

  /** The protocol's hidden item of each test basket of 2+ items, in query order. */
  private static List<String> hiddenItems(List<String[]> test) {
    List<String> hidden = new ArrayList<>();
    for (String[] basket : test) {
      if (basket.length >= 2) {
        hidden.add(basket[hidden.size() % basket.length]);
      }
    }
    return hidden;
  }

  /** Per group name: sums of HR@10, NDCG@10 and the number of queries. */
  private static Map<String, double[]> groups(double[][] perCase, List<String> hidden,
      List<String> top, Set<String> returning) {
    Map<String, double[]> groups = new LinkedHashMap<>();
    for (int q = 0; q < perCase.length; q++) {
      String item = hidden.get(q);
      add(groups, "all", perCase[q]);
      add(groups, top.contains(item) ? "hidden " + item : "hidden: another item", perCase[q]);
      if (returning.contains(item)) {
        add(groups, "hidden: not sold in training's last fifth", perCase[q]);
      }
    }
    return groups;
  }

  private static void print(String spec, Map<String, double[]> groups) {
    System.out.println(spec);
    groups.forEach((name, sums) -> System.out.printf(Locale.ROOT,
        "  %-44s queries %6d  HR@10 %.4f  NDCG@10 %.4f%n", name, (long) sums[2],
        sums[0] / sums[2], sums[1] / sums[2]));
  }

  /**
   * A ceiling for choosing among the given models: for each hidden item of the top six and for all
   * other hidden items together, the best model's HR@10 and, separately, the best NDCG@10, weighted
   * by the group's queries. Choosing so needs the hidden item, which no model has.
   */
  private static void printBestPerGroup(List<Map<String, double[]>> bySpec) {
    double[] best = new double[3];
    for (String name : bySpec.get(0).keySet()) {
      if (!name.startsWith("hidden ") && !name.equals("hidden: another item")) {
        continue;
      }
      for (int metric = 0; metric < 2; metric++) {
        int m = metric;
        best[m] += bySpec.stream().mapToDouble(g -> g.get(name)[m]).max().orElseThrow();
      }
      best[2] += bySpec.get(0).get(name)[2];
    }
    System.out.printf(Locale.ROOT, "best of these models for each hidden-item group (needs the"
        + " hidden item): queries %6d  HR@10 %.4f  NDCG@10 %.4f%n", (long) best[2],
        best[0] / best[2], best[1] / best[2]);
  }

  private static void add(Map<String, double[]> groups, String name, double[] one) {
    double[] sums = groups.computeIfAbsent(name, n -> new double[3]);
    sums[0] += one[0];
    sums[1] += one[1];
    sums[2]++;
  }
}

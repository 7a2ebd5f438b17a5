package dev.tandem.evaluation.protocol;

import dev.tandem.dataset.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OR-BC, Online Retail basket completion: train on invoices before 2011-10-01; each test invoice
 * with at least 2 distinct items is a query (numbered q = 0, 1, 2... in file order) whose hidden
 * item is at position q mod size, the query being the basket's other items. Query items the
 * training data never saw are left out of the query (no model knows them); a hidden item it never
 * saw stays a query that no model can answer. Revenue = the hidden item's first line's UnitPrice ×
 * Quantity.
 */
public final class OrBasketCompletion {
  public static final String NAME = "OR-BC";

  private OrBasketCompletion() {}

  public static Benchmark build(OnlineRetail data) {
    List<Invoice> invoices = data.invoices();
    RetailSplit split = RetailSplit.of(invoices);
    Snapshot training = RetailTraining.snapshot(split.train());
    Map<String, Integer> index = RetailTraining.itemIndex(training);
    List<TestCase> cases = new ArrayList<>();
    long unseenHidden = 0;
    for (Invoice invoice : split.test()) {
      if (invoice.size() >= 2) {
        TestCase testCase = hideOne(cases.size(), invoice, index);
        unseenHidden += testCase.unseenRelevant();
        cases.add(testCase);
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("rows", (long) data.lines().size());
    counts.put("items", data.itemCount());
    counts.put("invoices", (long) invoices.size());
    counts.put("train invoices", (long) split.train().size());
    counts.put("test invoices", (long) split.test().size());
    counts.put("train items", (long) training.itemCount());
    counts.put("queries", (long) cases.size());
    counts.put("hidden items unseen in training", unseenHidden);
    return new Benchmark(NAME, "Online Retail basket completion: the hidden item of a test basket",
        training, cases, counts, 10, List.of("HR", "NDCG", "Revenue"));
  }

  private static TestCase hideOne(int q, Invoice invoice, Map<String, Integer> index) {
    List<String> basket = new ArrayList<>(invoice.size());
    double[] revenues = new double[invoice.size()];
    for (int p = 0; p < invoice.size(); p++) {
      basket.add(invoice.item(p));
      revenues[p] = invoice.firstLines().get(p).revenue();
    }
    return HiddenItem.query(q, basket, revenues, index);
  }
}

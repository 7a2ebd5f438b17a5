package dev.tandem.evaluation.protocol;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Query;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.ints.IntSet;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OR-NEXT, a customer's next purchases: the OR-BC cleaning and split, keeping only lines with a
 * CustomerID (the training snapshot holds only those). A test case per customer with a purchase on
 * both sides of the split, in order of their first test purchase; relevant = the distinct items
 * they bought in the test period, each valued at its test revenue. NEW drops the customer's
 * training items from the relevant set and (through {@link TestCase#excluded()}) from the
 * recommendations, and skips customers left with nothing relevant.
 */
public final class OrNextPurchases {
  private OrNextPurchases() {}

  /** Which purchases count: all, or only items new to the customer. */
  public enum Variant {
    ALL,
    NEW;

    public String protocolName() {
      return "OR-NEXT " + name();
    }
  }

  public static Benchmark build(OnlineRetail data, Variant variant) {
    List<Invoice> customerInvoices = new ArrayList<>();
    long customerRows = 0;
    for (Invoice invoice : data.invoices()) {
      if (invoice.customer() != null) {
        customerInvoices.add(invoice);
        customerRows += invoice.lines().size();
      }
    }
    RetailSplit split = RetailSplit.of(customerInvoices);
    Snapshot training = RetailTraining.snapshot(split.train());
    Map<String, Integer> index = RetailTraining.itemIndex(training);
    Map<String, List<RetailLine>> testLines = testLinesByCustomer(split.test());
    List<TestCase> cases = new ArrayList<>();
    long customersInBoth = 0;
    for (Map.Entry<String, List<RetailLine>> customer : testLines.entrySet()) {
      int user = training.users().indexOf(customer.getKey());
      if (user >= 0) {
        customersInBoth++;
        TestCase testCase = testCase(cases.size(), user, customer.getValue(), training, index,
            variant);
        if (testCase.relevantCount() > 0) {
          cases.add(testCase);
        }
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("customer rows", customerRows);
    counts.put("train invoices", (long) split.train().size());
    counts.put("test invoices", (long) split.test().size());
    counts.put("train items", (long) training.itemCount());
    counts.put("customers in both periods", customersInBoth);
    counts.put("users", (long) cases.size());
    return new Benchmark(variant.protocolName(),
        "Online Retail next purchases of a customer (" + variant.name().toLowerCase(
            java.util.Locale.ROOT) + " items)", training, cases, counts, 20,
        List.of("Recall", "NDCG"));
  }

  private static Map<String, List<RetailLine>> testLinesByCustomer(List<Invoice> test) {
    Map<String, List<RetailLine>> byCustomer = new LinkedHashMap<>();
    for (Invoice invoice : test) {
      byCustomer.computeIfAbsent(invoice.customer(), c -> new ArrayList<>())
          .addAll(invoice.lines());
    }
    return byCustomer;
  }

  private static TestCase testCase(int id, int user, List<RetailLine> lines, Snapshot training,
      Map<String, Integer> index, Variant variant) {
    int[] history = training.userItems().row(user);
    IntSet bought = new IntOpenHashSet(history);
    Map<String, Double> revenue = new LinkedHashMap<>();
    for (RetailLine line : lines) {
      revenue.merge(line.item(), line.revenue(), Double::sum);
    }
    IntArrayList relevant = new IntArrayList();
    DoubleArrayList values = new DoubleArrayList();
    int unseen = 0;
    for (Map.Entry<String, Double> item : revenue.entrySet()) {
      Integer known = index.get(item.getKey());
      if (known == null) {
        unseen++;
      } else if (variant == Variant.ALL || !bought.contains(known.intValue())) {
        relevant.add(known.intValue());
        values.add(item.getValue().doubleValue());
      }
    }
    int[] excluded = variant == Variant.NEW ? history : new int[0];
    return new TestCase(id, Query.forUser(user), relevant.toIntArray(), values.toDoubleArray(),
        unseen, excluded);
  }
}

package dev.tandem.evaluation.protocol;

import dev.tandem.dataset.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * OR-UP, Online Retail up-sell: the OR-BC split (train on invoices before 2011-10-01); every
 * distinct item {@code b} of a test invoice is a held-out purchase, queried as up-sell of the most
 * popular cheaper item {@code a} of its product type ({@link CheaperSubstitutes}); relevant =
 * {@code b}, valued at {@code price(b) − price(a)}. ANY asks anonymously for every purchase;
 * SHOPPER asks {@code up-sell(a, shopper)} for purchases by customers known to training of items
 * they had not bought in training (their training items are excluded from every list). The
 * validation protocol (OR-UP-VAL) is the same construction on the training invoices only, split
 * again at {@value #VALIDATION_CUT}, for choosing parameters without looking at the test. See
 * docs/upsell-evaluation.md.
 */
public final class OrUpSell {
  public static final String NAME = "OR-UP";
  public static final String VALIDATION_NAME = "OR-UP-VAL";

  /** The validation split's cut: the last two months of the training invoices are its test. */
  static final String VALIDATION_CUT = "2011-08-01 00:00:00";

  /** Anonymous queries for every purchase, or the shopper's own queries. */
  public enum Variant {
    ANY,
    SHOPPER
  }

  private OrUpSell() {}

  public static Benchmark build(OnlineRetail data, Variant variant) {
    RetailSplit split = RetailSplit.of(data.invoices());
    return build(split.train(), split.test(), variant, NAME);
  }

  /** OR-UP-VAL: OR-UP on the training invoices, those from {@value #VALIDATION_CUT} as test. */
  public static Benchmark buildValidation(OnlineRetail data, Variant variant) {
    RetailSplit split = RetailSplit.of(data.invoices());
    long cut = OnlineRetail.epochMillis(VALIDATION_CUT);
    List<Invoice> train = new ArrayList<>();
    List<Invoice> test = new ArrayList<>();
    for (Invoice invoice : split.train()) {
      (invoice.time() < cut ? train : test).add(invoice);
    }
    return build(train, test, variant, VALIDATION_NAME);
  }

  private static Benchmark build(List<Invoice> train, List<Invoice> test, Variant variant,
      String name) {
    Snapshot training = RetailTraining.snapshot(train);
    UpSellCases cases = new UpSellCases(training, variant == Variant.SHOPPER);
    for (Invoice invoice : test) {
      List<String> items = new ArrayList<>(invoice.size());
      for (int p = 0; p < invoice.size(); p++) {
        items.add(invoice.item(p));
      }
      cases.addOrder(items, invoice.customer());
    }
    return benchmark(name + " " + variant, description(variant), training, cases, "pence");
  }

  private static String description(Variant variant) {
    return "Online Retail up-sell: a test purchase found by up-sell of a cheaper item of its type"
        + (variant == Variant.SHOPPER ? " (the shopper known, items new to them)" : "");
  }

  static Benchmark benchmark(String name, String description, Snapshot training,
      UpSellCases cases, String hundredths) {
    Map<String, Long> counts = cases.counts();
    counts.put("train items", (long) training.itemCount());
    counts.put("product types", (long) cases.types().size());
    counts.put("maximum uplift (" + hundredths + ")", Math.round(100 * cases.maximumUplift()));
    return new Benchmark(name, description, training, cases.cases(), counts, 10,
        List.of("HR", "NDCG", "Revenue", "UpliftShare"));
  }
}

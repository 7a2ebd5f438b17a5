package dev.tandem.cli;

import dev.tandem.rules.AssociationModel;
import java.io.PrintWriter;
import java.util.Locale;

/** One line on stderr saying what was mined, how fast, and whether a budget cut it short. */
final class MiningSummary {
  private MiningSummary() {}

  static void print(AssociationModel model, long nanos, PrintWriter err) {
    err.printf(Locale.ROOT,
        "Mined %,d orders in %.2f s: %,d itemsets in at least %,d orders, %,d rules; %s%n",
        model.itemsets().transactionCount(), nanos / 1e9, model.itemsets().size(),
        model.itemsets().minCount(), model.rules().size(), model.status());
    err.flush();
  }
}

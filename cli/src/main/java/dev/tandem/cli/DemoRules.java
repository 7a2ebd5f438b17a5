package dev.tandem.cli;

import dev.tandem.dataset.Snapshot;
import dev.tandem.rules.AssociationModel;
import dev.tandem.rules.AssociationRules;
import dev.tandem.rules.Evidence;
import dev.tandem.rules.MiningParameters;
import dev.tandem.rules.Rule;
import dev.tandem.rules.RuleMeasure;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/** The demo's second step: "frequently bought together" rules mined from the imported orders. */
final class DemoRules {
  private DemoRules() {}

  static void print(Snapshot snapshot, String store, PrintWriter out, boolean serving) {
    long start = System.nanoTime();
    AssociationModel model =
        AssociationRules.mine(
            snapshot,
            MiningParameters.builder()
                .minSupport(0.005)
                .maxLength(3)
                .minConfidence(0.5)
                .minLift(5)
                .sortRulesBy(RuleMeasure.LEVERAGE)
                .timeBudget(Duration.ofSeconds(60))
                .clock(Clock.systemUTC())
                .build());
    out.printf(Locale.ROOT,
        "Frequently bought together (FP-Growth on %,d orders in %.2f s: %,d itemsets, %,d rules with"
            + " confidence >= 50%% and lift >= 5; %s). The strongest:%n",
        model.itemsets().transactionCount(), (System.nanoTime() - start) / 1e9,
        model.itemsets().size(), model.rules().size(), model.status());
    ItemNames names = new ItemNames(snapshot, 60);
    for (Rule rule : model.rules().subList(0, Math.min(5, model.rules().size()))) {
      out.println("  " + names.labels(rule.antecedent()) + "  =>  " + names.labels(rule.consequent()));
      out.println("      " + Evidence.forRule(rule, names::title));
    }
    out.println("Try: ./tandem rules --store " + store + " --cart 22697,22699");
    out.println("     ./tandem bundles --store " + store + " --max-items 2");
    out.println("     ./tandem recommend cross-sell --store " + store + " --item 22697");
    out.println("     ./tandem recommend up-sell --store " + store + " --item 47566");
    if (!serving) {
      out.println("     ./tandem serve --store " + store + "      (the HTTP API, with example curl calls)");
    }
  }
}

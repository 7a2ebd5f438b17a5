package dev.tandem.cli;

import dev.tandem.dataset.Snapshot;
import dev.tandem.rules.AssociationModel;
import dev.tandem.rules.AssociationRules;
import dev.tandem.rules.Bundle;
import dev.tandem.rules.BundleParameters;
import dev.tandem.rules.SlowMoverPairing;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tandem bundles}: items to sell together, and slow movers to show beside best sellers. */
@Command(
    name = "bundles",
    mixinStandardHelpOptions = true,
    description = {
      "Suggest bundles: sets of 2 to 4 items bought together far more often than chance, with",
      "how many orders held them all and their combined price. Then, with --slow-movers, items",
      "that sell rarely but go strongly with a best seller: show them next to it (pairs are",
      "then mined down to 15 orders unless --min-support or --min-orders is given).",
      "",
      "Examples:",
      "  tandem bundles --limit 15",
      "  tandem bundles --min-items 3 --min-lift 20",
      "  tandem bundles --slow-movers --format json"
    })
final class BundlesCommand implements Callable<Integer> {
  /** Slow movers are rare by definition: mine pairs down to this many orders unless told. */
  static final int SLOW_MOVER_ORDERS = 15;

  @Mixin StoreOption store;
  @Mixin MiningOptions mining;
  @Mixin ListingOptions listing;

  @Option(names = "--min-items", defaultValue = "2", paramLabel = "N",
      description = "Fewest items in a bundle (default: ${DEFAULT-VALUE}).")
  int minItems;

  @Option(names = "--max-items", defaultValue = "4", paramLabel = "N",
      description = "Most items in a bundle (default: ${DEFAULT-VALUE}).")
  int maxItems;

  @Option(names = "--min-lift", defaultValue = "1.5", paramLabel = "X",
      description = "Least lift of a bundle (default: ${DEFAULT-VALUE}).")
  double minLift;

  @Option(names = "--slow-movers",
      description = "List slow movers to pair with best sellers instead of bundles.")
  boolean slowMovers;

  @Option(names = "--best-sellers", defaultValue = "20", paramLabel = "N",
      description = "How many top sellers count as best sellers (default: ${DEFAULT-VALUE}).")
  int bestSellers;



  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    OutputFormat output = listing.format();
    BundleParameters parameters =
        new BundleParameters(minItems, maxItems, minLift, listing.limit, bestSellers, 0.5);
    Snapshot snapshot = store.snapshot();
    ItemNames names = new ItemNames(snapshot, output == OutputFormat.TABLE ? 40 : 500);
    long start = System.nanoTime();
    AssociationModel model =
        AssociationRules.mine(
            snapshot,
            mining.builder(slowMovers ? SLOW_MOVER_ORDERS : 0)
                .maxLength(slowMovers ? 2 : maxItems)
                .minConfidence(1.0) // bundles come from itemsets; no rule is needed
                .build());
    MiningSummary.print(model, System.nanoTime() - start, spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    output.print(
        slowMovers
            ? pairings(model.slowMoverPairings(parameters), names)
            : bundles(model.bundles(parameters), names),
        out);
    return 0;
  }

  private static List<Map<String, Object>> bundles(List<Bundle> bundles, ItemNames names) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Bundle bundle : bundles) {
      Map<String, Object> row = OutputFormat.row();
      row.put("bundle", names.labels(bundle.items()));
      row.put("orders", bundle.coPurchaseCount());
      row.put("lift", bundle.lift());
      row.put("price", OutputFormat.money(bundle.combinedPrice()));
      row.put("evidence", bundle.evidence());
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> pairings(List<SlowMoverPairing> pairings, ItemNames names) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SlowMoverPairing pairing : pairings) {
      Map<String, Object> row = OutputFormat.row();
      row.put("slow mover", names.label(pairing.slowMover()));
      row.put("its orders", pairing.slowMoverCount());
      row.put("show with best seller", names.label(pairing.bestSeller()));
      row.put("together", pairing.pairCount());
      row.put("lift", pairing.lift());
      row.put("evidence", pairing.evidence());
      rows.add(row);
    }
    return rows;
  }
}

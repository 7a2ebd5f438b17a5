package dev.tandem.cli;

import dev.tandem.store.ImportRecord;
import dev.tandem.store.Store;
import dev.tandem.store.StoreStats;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tandem stats}: what the store holds, and what recent imports rejected. */
@Command(
    mixinStandardHelpOptions = true,
    name = "stats",
    description = {
      "Show what the store holds: counts of items, shoppers, orders and events by type, the",
      "date range, the best sellers, and a summary of recent imports with their rejects."
    })
final class StatsCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--top", defaultValue = "10", description = "Best sellers to list (default: 10).")
  int top;

  @Option(names = "--imports", defaultValue = "5", description = "Recent imports to list (default: 5).")
  int imports;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store opened = store.open()) {
      StoreStats stats = opened.stats(top);
      out.println(StatsReport.render(opened.describe(), stats));
      for (ImportRecord record : opened.imports(imports)) {
        out.println(StatsReport.render(record));
      }
    }
    return 0;
  }
}

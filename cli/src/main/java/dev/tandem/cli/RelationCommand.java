package dev.tandem.cli;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.engine.relation.CooccurrenceCounts;
import dev.tandem.engine.relation.Relation;
import dev.tandem.engine.relation.RelationJudge;
import dev.tandem.engine.relation.RelationThresholds;
import dev.tandem.engine.relation.ViewedInstead;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem relation A B}: complements, substitutes or unrelated, with the evidence. */
@Command(
    name = "relation",
    mixinStandardHelpOptions = true,
    description = {
      "How two items relate in the shop's orders: complements (bought together well above",
      "chance), substitutes (the same kind of product, rarely in one order though each sells)",
      "or unrelated; chance is counted over the period both were on sale.",
      "",
      "Examples:",
      "  tandem relation 22697 22699",
      "  tandem relation 22059 22970 --format json"
    })
final class RelationCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "A", description = "The first item id.")
  String first;

  @Parameters(index = "1", paramLabel = "B", description = "The second item id.")
  String second;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    OutputFormat output = Choices.of(OutputFormat.class, "--format", format);
    Snapshot snapshot = store.snapshot();
    ItemNames names = new ItemNames(snapshot, output == OutputFormat.TABLE ? 44 : 500);
    int a = names.indexOf(first);
    int b = names.indexOf(second);
    ProductTypes types = ProductTypes.of(snapshot);
    RelationJudge judge = new RelationJudge(CooccurrenceCounts.of(snapshot), types,
        snapshot::itemTitle, RelationThresholds.defaults(), ViewedInstead.of(snapshot));
    Relation relation = judge.judge(a, b);
    Map<String, Object> row = OutputFormat.row();
    row.put("a", names.label(a));
    row.put("b", names.label(b));
    row.put("kind", relation.kind().name().toLowerCase(java.util.Locale.ROOT));
    row.put("types", types.nameOf(a) + " / " + types.nameOf(b));
    row.put("ordersA", relation.ordersA());
    row.put("ordersB", relation.ordersB());
    row.put("together", relation.together());
    row.put("expected", relation.expected());
    row.put("lift", relation.lift());
    row.put("evidence", relation.sentence());
    if (output == OutputFormat.TABLE) {
      row.forEach((k, v) -> spec.commandLine().getOut().printf("%-9s %s%n", k,
          v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.2f", d) : v));
      spec.commandLine().getOut().flush();
    } else {
      output.print(List.of(row), spec.commandLine().getOut());
    }
    return 0;
  }
}

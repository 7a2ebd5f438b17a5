package dev.tandem.cli;

import dev.tandem.dataset.Snapshot;
import dev.tandem.rules.AssociationModel;
import dev.tandem.rules.AssociationRules;
import dev.tandem.rules.Evidence;
import dev.tandem.rules.Rule;
import dev.tandem.rules.RuleMeasure;
import dev.tandem.rules.Suggestion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tandem rules}: "frequently bought together" rules mined from the store's orders. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Mine association rules (if an order has X, it often has Y) from the orders in the store,",
      "with their evidence: orders, support, confidence, lift, leverage and conviction.",
      "",
      "Examples:",
      "  tandem rules --min-lift 10 --limit 20",
      "  tandem rules --item 22697 --sort confidence",
      "  tandem rules --cart 22697,22699 --limit 5",
      "  tandem rules --min-orders 100 --format csv > rules.csv"
    })
final class RulesCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin MiningOptions mining;
  @Mixin ListingOptions listing;

  @Option(names = "--min-confidence", defaultValue = "0.2", paramLabel = "P",
      description = "Least confidence P(then | if) (default: ${DEFAULT-VALUE}).")
  double minConfidence;

  @Option(names = "--min-lift", defaultValue = "1.0", paramLabel = "X",
      description = "Least lift (default: ${DEFAULT-VALUE}; 1 = as often as chance).")
  double minLift;

  @Option(names = "--sort", defaultValue = "lift", paramLabel = "MEASURE",
      description = "Sort by support, confidence, lift, leverage or conviction (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--per-antecedent", defaultValue = "0", paramLabel = "N",
      description = "Keep at most N rules per 'if' side, the best by --sort (default: 0 = all).")
  int perAntecedent;

  @Option(names = "--item", paramLabel = "ID",
      description = "Only rules whose 'if' side holds this item.")
  String item;

  @Option(names = "--cart", paramLabel = "ID,ID,...", split = ",",
      description = "Suggest what completes this cart, with the rule behind each suggestion.")
  List<String> cart;



  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    OutputFormat output = listing.format();
    RuleMeasure measure = Choices.of(RuleMeasure.class, "--sort", sort);
    PrintWriter out = spec.commandLine().getOut();
    Snapshot snapshot = store.snapshot();
    ItemNames names = new ItemNames(snapshot, output == OutputFormat.TABLE ? 44 : 500);
    int[] cartItems = cart == null ? null : cart.stream().mapToInt(names::indexOf).toArray();
    int filterItem = item == null ? -1 : names.indexOf(item);
    long start = System.nanoTime();
    AssociationModel model =
        AssociationRules.mine(
            snapshot,
            mining.builder().minConfidence(minConfidence).minLift(minLift).sortRulesBy(measure)
                .maxRulesPerAntecedent(perAntecedent).build());
    MiningSummary.print(model, System.nanoTime() - start, spec.commandLine().getErr());
    List<Map<String, Object>> rows =
        cartItems != null
            ? suggestions(model.ruleIndex().forCart(cartItems, listing.limit), names, output)
            : rules(model.rules(), filterItem, names, output);
    output.print(rows, out);
    return 0;
  }

  private List<Map<String, Object>> rules(
      List<Rule> rules, int filterItem, ItemNames names, OutputFormat output) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Rule rule : rules) {
      if (rows.size() == listing.limit) {
        break;
      }
      if (filterItem >= 0 && Arrays.stream(rule.antecedent()).noneMatch(i -> i == filterItem)) {
        continue;
      }
      Map<String, Object> row = OutputFormat.row();
      row.put("if", names.labels(rule.antecedent()));
      row.put("then", names.labels(rule.consequent()));
      measures(row, rule);
      if (output != OutputFormat.TABLE) {
        row.put("evidence", Evidence.forRule(rule, names::title));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> suggestions(
      List<Suggestion> suggestions, ItemNames names, OutputFormat output) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Suggestion suggestion : suggestions) {
      Map<String, Object> row = OutputFormat.row();
      row.put("suggest", names.labels(suggestion.items()));
      row.put("because", names.labels(suggestion.rule().antecedent()));
      measures(row, suggestion.rule());
      row.put("evidence", output == OutputFormat.TABLE
          ? Evidence.boughtTogether(suggestion.rule().count(), suggestion.rule().lift())
          : Evidence.forRule(suggestion.rule(), names::title));
      rows.add(row);
    }
    return rows;
  }

  private static void measures(Map<String, Object> row, Rule rule) {
    row.put("orders", rule.count());
    row.put("support", rule.support());
    row.put("confidence", rule.confidence());
    row.put("lift", rule.lift());
    row.put("leverage", rule.leverage());
    row.put("conviction", rule.conviction());
  }
}

package dev.tandem.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tandem recommend}: the parent of {@code cross-sell} and {@code up-sell}. */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    description = {
      "Recommend from the store's data, with the reason for every suggestion:",
      "  cross-sell  what goes with an item, a cart, a shopper or an order",
      "  up-sell     a better, pricier version of an item the shopper may take instead",
      "",
      "Business rules (stock, already bought, price limits, types, blocked and pinned items,",
      "diversity, up-sell price bands and objective) come from --rules or ./tandem.properties."
    },
    subcommands = {CrossSellCommand.class, UpSellCommand.class})
final class RecommendCommand implements Runnable {
  @picocli.CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

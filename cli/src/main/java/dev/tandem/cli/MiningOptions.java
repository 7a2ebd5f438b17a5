package dev.tandem.cli;

import dev.tandem.rules.MiningParameters;
import java.time.Clock;
import java.time.Duration;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options of frequent itemset mining, shared by {@code tandem rules} and {@code bundles}. */
final class MiningOptions {
  @ArgGroup(exclusive = true)
  Support support = new Support();

  static final class Support {
    @Option(
        names = "--min-support",
        paramLabel = "FRACTION",
        description = "Least share of orders an itemset must be in (default: 0.005).")
    Double fraction;

    @Option(
        names = "--min-orders",
        paramLabel = "N",
        description = "Least number of orders an itemset must be in (instead of --min-support).")
    Integer orders;
  }

  @Option(
      names = "--max-length",
      defaultValue = "4",
      paramLabel = "N",
      description = "Most items in an itemset (default: ${DEFAULT-VALUE}).")
  int maxLength;

  @Option(
      names = "--time-budget",
      defaultValue = "60",
      paramLabel = "SECONDS",
      description = "Stop mining after this long and use what was found (default: ${DEFAULT-VALUE}).")
  int timeBudgetSeconds;

  /** Parameters as given, with a minimum support of 0.5% of orders when none is given. */
  MiningParameters.Builder builder() {
    return builder(0);
  }

  /** Parameters as given, with {@code defaultOrders} (if positive) when no support is given. */
  MiningParameters.Builder builder(int defaultOrders) {
    MiningParameters.Builder builder = MiningParameters.builder();
    if (support.orders != null) {
      builder.minSupportCount(support.orders);
    } else if (support.fraction != null) {
      builder.minSupport(support.fraction);
    } else if (defaultOrders > 0) {
      builder.minSupportCount(defaultOrders);
    } else {
      builder.minSupport(0.005);
    }
    return builder
        .maxLength(maxLength)
        .timeBudget(Duration.ofSeconds(timeBudgetSeconds))
        .clock(Clock.systemUTC());
  }
}

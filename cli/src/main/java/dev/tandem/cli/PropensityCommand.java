package dev.tandem.cli;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.propensity.LogisticRegression;
import dev.tandem.propensity.PropensityEvaluation;
import dev.tandem.propensity.PropensitySplitSettings;
import dev.tandem.propensity.PropensityTrainer;
import dev.tandem.propensity.gbdt.GradientBoostedTrees;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tandem propensity}: trains and evaluates the P(accept) models on a temporal split. */
@Command(
    name = "propensity",
    mixinStandardHelpOptions = true,
    description = {
      "Train the propensity models P(accept | shopper, item) on a temporal split of the store's",
      "orders (features before 60% of the orders, purchases up to 80% as positives with sampled",
      "negatives; tested on the purchases after 80%) and print AUC, PR-AUC, log-loss, training",
      "time, a calibration table and feature importances, next to the popularity-only baseline.",
      "See docs/propensity.md.",
      "",
      "Examples:",
      "  tandem propensity",
      "  tandem propensity --models lr --seed 7 --json"
    })
final class PropensityCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--models", defaultValue = "lr,gbdt", split = ",", paramLabel = "NAMES",
      description = "lr (logistic regression) and/or gbdt (LightGBM trees); default: both.")
  List<String> models;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "SEED",
      description = "Seed of the negative sampling, segments and trees (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--negatives", defaultValue = "4", paramLabel = "N",
      description = "Sampled non-purchases per purchase (default: ${DEFAULT-VALUE}).")
  int negatives;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<PropensityTrainer> trainers = trainers();
    Snapshot snapshot = store.snapshot();
    PropensitySplitSettings defaults = PropensitySplitSettings.withSeed(seed);
    PropensitySplitSettings settings = new PropensitySplitSettings(defaults.trainCut(),
        defaults.testCut(), negatives, seed, defaults.segments());
    PrintWriter err = spec.commandLine().getErr();
    err.printf("Training %s on %,d orders ...%n", String.join(", ", models),
        snapshot.basketCount());
    PropensityEvaluation evaluation = PropensityEvaluation.run(snapshot,
        ProductTypes.of(snapshot), settings, trainers, System::nanoTime);
    PropensityReport report = new PropensityReport(evaluation);
    if (json) {
      OutputFormat.printJson(report.asMap(), spec.commandLine().getOut());
    } else {
      report.print(spec.commandLine().getOut());
    }
    return 0;
  }

  private List<PropensityTrainer> trainers() {
    List<PropensityTrainer> trainers = new ArrayList<>();
    for (String name : models) {
      switch (name.trim().toLowerCase(Locale.ROOT)) {
        case "lr", LogisticRegression.ALGORITHM -> trainers.add(LogisticRegression.defaults());
        case GradientBoostedTrees.ALGORITHM -> trainers.add(GradientBoostedTrees.defaults(seed));
        default -> throw new IllegalArgumentException(
            "unknown model '" + name.trim() + "'; known: lr, gbdt");
      }
    }
    if (trainers.isEmpty()) {
      throw new IllegalArgumentException("--models needs at least one of lr, gbdt");
    }
    return trainers;
  }
}

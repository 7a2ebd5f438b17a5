package dev.tandem.cli;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.Engine;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.BusinessRulesFile;
import dev.tandem.engine.businessrules.CatalogFacts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --rules} option of the recommendation commands: the business rules file ({@value
 * #DEFAULT} in the working directory when present, built-in defaults otherwise).
 */
final class EngineOptions {
  static final String DEFAULT = "tandem.properties";

  @Option(names = "--rules", paramLabel = "FILE",
      description = "Business rules file (default: ./" + DEFAULT + " when present, else the"
          + " built-in defaults; see docs/business-rules.md).")
  Path rules;

  BusinessRules businessRules() {
    if (rules != null) {
      if (!Files.exists(rules)) {
        throw new IllegalArgumentException("business rules file " + rules + " does not exist");
      }
      return BusinessRulesFile.read(rules);
    }
    Path local = Path.of(DEFAULT);
    return Files.exists(local) ? BusinessRulesFile.read(local) : BusinessRules.defaults();
  }

  /**
   * Builds the engine for the snapshot with the store's stock and costs, saying on stderr how long
   * it took.
   */
  Engine engine(Snapshot snapshot, CatalogFacts facts, PrintWriter err) {
    BusinessRules businessRules = businessRules();
    long start = System.nanoTime();
    Engine engine = Engine.build(snapshot, businessRules, facts);
    err.printf("Built the engine on %,d orders and %,d items in %.1f s%n",
        engine.model().counts().orderCount(), snapshot.itemCount(),
        (System.nanoTime() - start) / 1e9);
    return engine;
  }
}

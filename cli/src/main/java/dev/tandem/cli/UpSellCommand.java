package dev.tandem.cli;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.Engine;
import dev.tandem.engine.pipeline.Offer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tandem recommend up-sell}: pricier versions of an item, ranked by expected value. */
@Command(
    name = "up-sell",
    mixinStandardHelpOptions = true,
    description = {
      "Pricier versions of an item: the same product type, within the price band (default",
      "+10%..+100%), sold in enough orders and returned no more often; ranked by the chance the",
      "shopper takes it times the price difference (upsell.objective=revenue), the chance alone",
      "(conversion) or times the margin difference (margin, needs costs).",
      "",
      "Examples:",
      "  tandem recommend up-sell --item 47566",
      "  tandem recommend up-sell --item 85123A --user 17850 --format json"
    })
final class UpSellCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin EngineOptions engineOptions;
  @Mixin ListingOptions listing;

  @Option(names = "--item", required = true, paramLabel = "ID",
      description = "The item to improve on.")
  String item;

  @Option(names = "--user", paramLabel = "CUSTOMER",
      description = "The shopper, so that what they bought is left out.")
  String user;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    OutputFormat output = listing.format();
    Snapshot snapshot = store.snapshot();
    ItemNames names = new ItemNames(snapshot, output == OutputFormat.TABLE ? 44 : 500);
    int shopper = user == null ? -1 : Shoppers.indexOf(snapshot, user);
    int improveOn = names.indexOf(item);
    Engine engine = engineOptions.engine(snapshot, store.catalogFacts(snapshot),
        spec.commandLine().getErr());
    List<Offer> offers = engine.upSell(improveOn, shopper, listing.limit);
    output.print(OfferRows.of(offers, engine, names, output), spec.commandLine().getOut());
    return 0;
  }
}

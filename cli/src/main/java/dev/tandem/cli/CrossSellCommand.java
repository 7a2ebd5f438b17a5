package dev.tandem.cli;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.Engine;
import dev.tandem.engine.pipeline.Offer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tandem recommend cross-sell}: complements of an item, a cart, a shopper or an order. */
@Command(
    name = "cross-sell",
    mixinStandardHelpOptions = true,
    description = {
      "What goes with an item (product page), a cart (basket completion: never an item of the",
      "cart nor a substitute of one), a shopper (next best offer from their recent purchases) or",
      "an order just placed; each suggestion with its evidence.",
      "",
      "Examples:",
      "  tandem recommend cross-sell --item 22697",
      "  tandem recommend cross-sell --cart 22697,22699 --limit 5",
      "  tandem recommend cross-sell --user 17850 --format json",
      "  tandem recommend cross-sell --order 536365 --rules tandem.properties"
    })
final class CrossSellCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin EngineOptions engineOptions;
  @Mixin ListingOptions listing;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Context context;

  /** Exactly one of the contexts. */
  static final class Context {
    @Option(names = "--item", paramLabel = "ID", description = "A product page's item.")
    String item;

    @Option(names = "--cart", paramLabel = "ID,ID,...", split = ",",
        description = "The items in a cart.")
    List<String> cart;

    @Option(names = "--user", paramLabel = "CUSTOMER", description = "A shopper's id.")
    String user;

    @Option(names = "--order", paramLabel = "ORDER", description = "An order just placed.")
    String order;
  }

  @Option(names = "--for-user", paramLabel = "CUSTOMER",
      description = "With --cart: the shopper, so that what they bought is left out.")
  String forUser;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    OutputFormat output = listing.format();
    Snapshot snapshot = store.snapshot();
    ItemNames names = new ItemNames(snapshot, output == OutputFormat.TABLE ? 44 : 500);
    Engine engine = engineOptions.engine(snapshot, spec.commandLine().getErr());
    List<Offer> offers = offers(engine, snapshot, names);
    output.print(OfferRows.of(offers, engine, names, output), spec.commandLine().getOut());
    return 0;
  }

  private List<Offer> offers(Engine engine, Snapshot snapshot, ItemNames names) {
    int k = listing.limit;
    if (context.item != null) {
      return engine.crossSellForItem(names.indexOf(context.item), k);
    }
    if (context.cart != null) {
      int[] cart = context.cart.stream().mapToInt(names::indexOf).toArray();
      return engine.crossSellForCart(cart, forUser == null ? -1 : Shoppers.indexOf(snapshot,
          forUser), k);
    }
    if (context.user != null) {
      return engine.crossSellForUser(Shoppers.indexOf(snapshot, context.user), k);
    }
    int basket = snapshot.baskets().indexOf(context.order.trim());
    if (basket < 0) {
      throw new IllegalArgumentException(
          "order '" + context.order.trim() + "' is not in the store");
    }
    return engine.crossSellForOrder(basket, k);
  }
}

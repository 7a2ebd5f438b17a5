package dev.tandem.cli;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.Engine;
import dev.tandem.engine.pipeline.Offer;
import dev.tandem.engine.pipeline.RequestKind;
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
    Target target = target(snapshot, names);
    Engine engine = engineOptions.engine(snapshot, store.catalogFacts(snapshot),
        spec.commandLine().getErr());
    int k = listing.limit;
    List<Offer> offers = switch (target.kind()) {
      case ITEM -> engine.crossSellForItem(target.items()[0], k);
      case CART -> engine.crossSellForCart(target.items(), target.user(), k);
      case USER -> engine.crossSellForUser(target.user(), k);
      default -> engine.crossSellForOrder(target.order(), k);
    };
    output.print(OfferRows.of(offers, engine, names, output), spec.commandLine().getOut());
    return 0;
  }

  /** What is asked for: items, shopper or order as snapshot indices (-1 when not given). */
  private record Target(RequestKind kind, int[] items, int user, int order) {}

  /** Resolves every id before the engine is built, so that a mistake fails fast. */
  private Target target(Snapshot snapshot, ItemNames names) {
    if (context.item != null) {
      return new Target(RequestKind.ITEM, new int[] {names.indexOf(context.item)}, -1, -1);
    }
    if (context.cart != null) {
      int[] cart = context.cart.stream().mapToInt(names::indexOf).toArray();
      int user = forUser == null ? -1 : Shoppers.indexOf(snapshot, forUser);
      return new Target(RequestKind.CART, cart, user, -1);
    }
    if (context.user != null) {
      return new Target(RequestKind.USER, new int[0], Shoppers.indexOf(snapshot, context.user), -1);
    }
    int basket = snapshot.baskets().indexOf(context.order.trim());
    if (basket < 0) {
      throw new IllegalArgumentException(
          "order '" + context.order.trim() + "' is not in the store");
    }
    return new Target(RequestKind.ORDER, new int[0], -1, basket);
  }
}

package dev.tandem.cli;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.engine.upsell.TradeUps;
import dev.tandem.engine.upsell.UpsellBands;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tandem categories}: the product types, imported or derived from titles. */
@Command(
    name = "categories",
    mixinStandardHelpOptions = true,
    description = {
      "List the product types the engine works with: the catalog's categories when it has them,",
      "otherwise types derived from item titles (\"LUNCH BAG RED RETROSPOT\" is a LUNCH BAG),",
      "largest first, with item counts, examples and each type's up-sell price band: configured",
      "(upsell.band-by-type), the type's own price spread (the default), learned from observed",
      "trade-ups (shoppers who bought an item and later a pricier one of the same type instead;",
      "upsell.learn-bands=true), or upsell.band (docs/business-rules.md).",
      "",
      "Examples:",
      "  tandem categories --limit 30",
      "  tandem categories --item 85123A"
    })
final class CategoriesCommand implements Callable<Integer> {
  static final int EXAMPLES = 3;

  @Mixin StoreOption store;
  @Mixin ListingOptions listing;
  @Mixin EngineOptions engineOptions;

  @Option(names = "--item", paramLabel = "ID", description = "Show this item's type and its items.")
  String item;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    OutputFormat output = listing.format();
    Snapshot snapshot = store.snapshot();
    ItemNames names = new ItemNames(snapshot, output == OutputFormat.TABLE ? 44 : 500);
    ProductTypes types = ProductTypes.of(snapshot);
    UpsellBands bands = UpsellBands.of(engineOptions.businessRules(), types,
        TradeUps.of(snapshot, types), snapshot);
    spec.commandLine().getErr().printf("%,d product types (%s) over %,d items%n", types.size(),
        types.source() == ProductTypes.Source.CATEGORIES ? "imported categories"
            : "derived from titles", snapshot.itemCount());
    List<Map<String, Object>> rows = item == null ? types(types, bands, names, output)
        : itemsOfType(types, names.indexOf(item), names);
    output.print(rows, spec.commandLine().getOut());
    return 0;
  }

  private List<Map<String, Object>> types(ProductTypes types, UpsellBands bands, ItemNames names,
      OutputFormat out) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int type : types.bySize()) {
      if (rows.size() == listing.limit) {
        break;
      }
      Map<String, Object> row = OutputFormat.row();
      row.put("type", types.name(type));
      row.put("items", types.itemCount(type));
      UpsellBands.TypeBand band = bands.of(type);
      row.put("upsell band", types.isOther(type) ? "-" : percentBand(band));
      row.put("band from", types.isOther(type) ? "-"
          : band.source().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      row.put("trade-ups", band.tradeUps());
      List<String> examples = new ArrayList<>();
      int[] items = types.items(type);
      for (int i = 0; i < items.length && i < EXAMPLES; i++) {
        examples.add(out == OutputFormat.TABLE ? names.title(items[i]) : names.label(items[i]));
      }
      row.put("examples", String.join(out == OutputFormat.TABLE ? "; " : " | ", examples));
      rows.add(row);
    }
    return rows;
  }

  private List<Map<String, Object>> itemsOfType(ProductTypes types, int item, ItemNames names) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int type = types.typeOf(item);
    for (int other : types.items(type)) {
      if (rows.size() == listing.limit) {
        break;
      }
      Map<String, Object> row = OutputFormat.row();
      row.put("type", types.name(type));
      row.put("item", names.label(other));
      rows.add(row);
    }
    return rows;
  }

  /** "+10%..+188%". */
  static String percentBand(UpsellBands.TypeBand band) {
    return String.format(Locale.ROOT, "+%.0f%%..+%.0f%%", 100 * band.band().minIncrease(),
        100 * band.band().maxIncrease());
  }
}

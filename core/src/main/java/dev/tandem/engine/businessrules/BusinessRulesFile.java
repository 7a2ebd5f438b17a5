package dev.tandem.engine.businessrules;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@link BusinessRules} from a properties file ({@code tandem.properties}); keys not given
 * keep their defaults, unknown keys are an error that lists the known ones. Lists are
 * comma-separated; an empty value means none. See {@code docs/business-rules.md}.
 *
 * <pre>
 * in-stock-only=true
 * exclude-already-bought=true
 * consumable-types=CAKE CASES, CANDLES
 * price-floor=1.00
 * price-ceiling=50
 * include-types=
 * exclude-types=CHRISTMAS
 * blocked-items=22697, 85123A
 * pinned-items=23166
 * max-per-type=3
 * min-margin=0.25
 * diversity=0.3
 * upsell.band=0.10..1.00
 * upsell.band-by-type=LUNCH BAG: 0.05..0.50; JUMBO BAG: 0.10..0.30
 * upsell.objective=revenue
 * upsell.min-orders=10
 * upsell.max-extra-return-rate=0.02
 * upsell.learn-bands=true
 * upsell.min-trade-ups=30
 * cross-sell.objective=conversion
 * upsell.choice=recent
 * upsell.recent-days=90
 * upsell.choice-prior=0.1
 * upsell.willingness-weight=1
 * upsell.spread-bands=true
 * upsell.acceptance=share
 * </pre>
 */
public final class BusinessRulesFile {
  static final Set<String> KEYS = new TreeSet<>(List.of(
      "in-stock-only", "exclude-already-bought", "consumable-types", "price-floor",
      "price-ceiling", "include-types", "exclude-types", "blocked-items", "pinned-items",
      "max-per-type", "min-margin", "diversity", "upsell.band", "upsell.band-by-type",
      "upsell.objective", "upsell.min-orders", "upsell.max-extra-return-rate",
      "upsell.learn-bands", "upsell.min-trade-ups", "cross-sell.objective", "upsell.choice",
      "upsell.recent-days", "upsell.choice-prior", "upsell.willingness-weight",
      "upsell.spread-bands", "upsell.acceptance"));

  private BusinessRulesFile() {}

  public static BusinessRules read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read business rules " + file + ": " + e.getMessage(),
          e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** Parses the text of a rules file. */
  public static BusinessRules parse(String text) {
    try {
      return parse(new StringReader(text), "rules");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BusinessRules parse(Reader in, String name) throws IOException {
    Properties properties = new Properties();
    properties.load(in);
    for (String key : properties.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown key '" + key + "'; known keys: " + KEYS);
      }
    }
    return rules(properties);
  }

  private static BusinessRules rules(Properties p) {
    BusinessRules d = BusinessRules.defaults();
    return new BusinessRules(
        bool(p, "in-stock-only", d.inStockOnly()),
        bool(p, "exclude-already-bought", d.excludeAlreadyBought()),
        set(p, "consumable-types", d.consumableTypes()),
        number(p, "price-floor", d.priceFloor()),
        number(p, "price-ceiling", d.priceCeiling()),
        set(p, "include-types", d.includeTypes()),
        set(p, "exclude-types", d.excludeTypes()),
        set(p, "blocked-items", d.blockedItems()),
        new ArrayList<>(set(p, "pinned-items", new LinkedHashSet<>(d.pinnedItems()))),
        (int) number(p, "max-per-type", d.maxPerType()),
        number(p, "min-margin", d.minMargin()),
        number(p, "diversity", d.diversity()),
        p.containsKey("upsell.band") ? PriceBand.parse(p.getProperty("upsell.band"))
            : d.upsellBand(),
        bands(p.getProperty("upsell.band-by-type", "")),
        objective(p.getProperty("upsell.objective"), d.upsellObjective()),
        (int) number(p, "upsell.min-orders", d.upsellMinOrders()),
        number(p, "upsell.max-extra-return-rate", d.upsellMaxExtraReturnRate()),
        bool(p, "upsell.learn-bands", d.upsellLearnBands()),
        (int) number(p, "upsell.min-trade-ups", d.upsellMinTradeUps()),
        crossSellObjective(p.getProperty("cross-sell.objective"), d.crossSellObjective()),
        choice(p.getProperty("upsell.choice"), d.upsellChoice()),
        (int) number(p, "upsell.recent-days", d.upsellRecentDays()),
        number(p, "upsell.choice-prior", d.upsellChoicePrior()),
        number(p, "upsell.willingness-weight", d.upsellWillingnessWeight()),
        bool(p, "upsell.spread-bands", d.upsellSpreadBands()),
        acceptance(p.getProperty("upsell.acceptance"), d.upsellAcceptance()));
  }

  private static boolean bool(Properties p, String key, boolean fallback) {
    String value = p.getProperty(key, "").trim().toLowerCase(Locale.ROOT);
    if (value.isEmpty()) {
      return fallback;
    }
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(key + " must be true or false, was '" + value + "'");
    }
    return Boolean.parseBoolean(value);
  }

  private static double number(Properties p, String key, double fallback) {
    String value = p.getProperty(key, "").trim();
    if (value.isEmpty()) {
      return p.containsKey(key) ? Double.NaN : fallback;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, was '" + value + "'", e);
    }
  }

  private static Set<String> set(Properties p, String key, Set<String> fallback) {
    if (!p.containsKey(key)) {
      return fallback;
    }
    Set<String> values = new LinkedHashSet<>();
    Arrays.stream(p.getProperty(key).split(",")).map(String::trim).filter(v -> !v.isEmpty())
        .forEach(values::add);
    return values;
  }

  private static Map<String, PriceBand> bands(String text) {
    Map<String, PriceBand> bands = new HashMap<>();
    for (String entry : text.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.lastIndexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("upsell.band-by-type entry '" + entry.trim()
            + "' is not of the form TYPE: MIN..MAX");
      }
      bands.put(entry.substring(0, colon).trim(), PriceBand.parse(entry.substring(colon + 1)));
    }
    return bands;
  }

  private static UpsellObjective objective(String text, UpsellObjective fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return UpsellObjective.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("upsell.objective must be conversion, revenue or margin,"
          + " was '" + text.trim() + "'", e);
    }
  }

  private static UpsellChoice choice(String text, UpsellChoice fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return UpsellChoice.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("upsell.choice must be pair or recent, was '"
          + text.trim() + "'", e);
    }
  }

  private static UpsellAcceptance acceptance(String text, UpsellAcceptance fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return UpsellAcceptance.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("upsell.acceptance must be share or propensity, was '"
          + text.trim() + "'", e);
    }
  }

  private static CrossSellObjective crossSellObjective(String text, CrossSellObjective fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return CrossSellObjective.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cross-sell.objective must be conversion or revenue,"
          + " was '" + text.trim() + "'", e);
    }
  }
}

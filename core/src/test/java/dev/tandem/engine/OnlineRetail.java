package dev.tandem.engine;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.BusinessRulesFile;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The bundled Online Retail file as a {@link Snapshot}, read once per test JVM and shared by every
 * engine test. Cleaned like the {@code online-retail} import preset: product stock codes only,
 * sales with positive quantity and price become purchases, cancellations ({@code C...}) returns;
 * an item's title is its most frequent description and its price its most frequent unit price.
 */
public final class OnlineRetail {
  private static Snapshot snapshot;
  private static EngineModel model;
  private static Engine engine;

  private OnlineRetail() {}

  public static synchronized Snapshot snapshot() {
    if (snapshot == null) {
      snapshot = read(file());
    }
    return snapshot;
  }

  /** An engine with the default business rules and no stock or cost facts, built once. */
  public static synchronized Engine engine() {
    if (engine == null) {
      engine = engine(BusinessRules.defaults(), CatalogFacts.unknown(snapshot().itemCount()));
    }
    return engine;
  }

  /** The engine model with default settings, built once. */
  public static synchronized EngineModel model() {
    if (model == null) {
      model = EngineModel.build(snapshot());
    }
    return model;
  }

  /** An engine over the shared model with these rules and facts (cheap). */
  public static Engine engine(BusinessRules rules, CatalogFacts facts) {
    return Engine.of(model(), rules, facts);
  }

  /** An engine over the shared model with rules parsed from a rules file's text. */
  public static Engine engine(String rulesFile) {
    return engine(BusinessRulesFile.parse(rulesFile), CatalogFacts.unknown(snapshot().itemCount()));
  }

  public static int item(String id) {
    int item = snapshot().items().indexOf(id);
    if (item < 0) {
      throw new IllegalArgumentException("no item " + id);
    }
    return item;
  }

  static Path file() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("data").resolve("online_retail.csv.gz");
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("data/online_retail.csv.gz not found above the working dir");
  }

  private static Snapshot read(Path file) {
    SnapshotBuilder builder = new SnapshotBuilder();
    Map<String, Map<String, Integer>> titles = new HashMap<>();
    Map<String, Map<Double, Integer>> prices = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        List<String> f = fields(line);
        String code = f.get(1).trim().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[0-9]{5}[A-Z]{0,2}") || f.get(0).startsWith("A")) {
          continue;
        }
        int quantity = Integer.parseInt(f.get(3).trim());
        double price = Double.parseDouble(f.get(5).trim());
        boolean cancellation = f.get(0).startsWith("C");
        if (!(price > 0) || (cancellation ? quantity >= 0 : quantity <= 0)) {
          continue;
        }
        String customer = f.get(6).isBlank() ? null : f.get(6).replace(".0", "");
        long time = LocalDateTime.parse(f.get(4).replace(' ', 'T')).toInstant(ZoneOffset.UTC)
            .toEpochMilli();
        EventType type = cancellation ? EventType.RETURN : EventType.PURCHASE;
        builder.event(customer, code, f.get(0), type,
            Math.abs(quantity), price, time);
        if (!f.get(2).isBlank()) {
          titles.computeIfAbsent(code, k -> new HashMap<>())
              .merge(f.get(2).trim(), 1, Integer::sum);
        }
        prices.computeIfAbsent(code, k -> new TreeMap<>()).merge(price, 1, Integer::sum);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    prices.forEach((code, counts) -> builder.item(code, mostFrequent(titles.get(code)), null,
        mostFrequent(counts)));
    return builder.build(EventWeights.DEFAULT);
  }

  /** The most frequent key; ties go to the first in the map's order (the lower price). */
  private static <K> K mostFrequent(Map<K, Integer> counts) {
    if (counts == null) {
      return null;
    }
    K best = null;
    int bestCount = 0;
    for (Map.Entry<K, Integer> e : new TreeMap<>(counts).entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>(8);
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }
}

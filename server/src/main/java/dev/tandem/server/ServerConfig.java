package dev.tandem.server;

import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.BusinessRulesFile;
import dev.tandem.store.StoreLocation;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The server's settings: one properties file, each setting overridable by an environment variable
 * ({@code port} by {@code TANDEM_PORT}, {@code max-body-bytes} by {@code TANDEM_MAX_BODY_BYTES}).
 * Validated once at start-up; every mistake is reported at once, with what to fix.
 *
 * <p>{@code business-rules} names the shop's business-rules file (docs/business-rules.md); empty
 * means the defaults. {@code models-dir} is where trained models are kept as versioned bundles
 * (default beside the store: {@code shop.db} keeps them in {@code shop-models/}), {@code
 * keep-bundles} how many (default 5). Live sessions: {@code max-sessions} (default 100000), {@code
 * max-session-events} items each (default 20), forgotten after {@code session-idle-minutes} idle
 * (default 30). API keys are {@code key.NAME = ROLE:SHA256-HEX} lines (or
 * {@code TANDEM_KEY_NAME}); the hash is
 * of the key the client sends as {@code Authorization: Bearer KEY}.
 *
 * <p>{@code threads} ({@code TANDEM_THREADS}) sizes the HTTP server's request thread pool: 0 (the
 * default) leaves Javalin's own pool (Jetty, up to 250 threads); otherwise a fixed pool of that
 * many, from {@link #MIN_THREADS} (Jetty keeps some for accepting and selecting connections) to
 * 1000. On a small machine a pool near the core count keeps fewer requests in flight, and so a
 * shorter tail under overload (benchmarks/serve.sh with {@code THREADS=N}).
 */
public record ServerConfig(
    String host,
    int port,
    String store,
    ApiKeys keys,
    long maxBodyBytes,
    int maxBatch,
    List<String> corsOrigins,
    int retrainMinutes,
    BusinessRules businessRules,
    Path modelsDir,
    int keepBundles,
    Sessions sessions,
    int threads) {

  /**
   * Live sessions kept in memory: at most {@code max} sessions of {@code maxEvents} items each,
   * forgotten after {@code idleMinutes} without an event.
   */
  public record Sessions(int max, int maxEvents, int idleMinutes) {}

  /** The smallest fixed pool Jetty starts with: acceptor, selectors and a few request threads. */
  static final int MIN_THREADS = 8;

  static final Map<String, String> DEFAULTS = defaults();

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("host", "127.0.0.1");
    d.put("port", "8080");
    d.put("store", "tandem-data/tandem.db");
    d.put("max-body-bytes", "1048576");
    d.put("max-batch", "1000");
    d.put("cors-origins", "");
    d.put("retrain-minutes", "0");
    d.put("business-rules", "");
    d.put("models-dir", "");
    d.put("keep-bundles", "5");
    d.put("max-sessions", "100000");
    d.put("max-session-events", "20");
    d.put("session-idle-minutes", "30");
    d.put("threads", "0");
    return d;
  }

  /** Reads {@code file} (may be null: defaults only), then the environment's overrides. */
  public static ServerConfig load(Path file, Map<String, String> environment) {
    return load(file, environment, Map.of());
  }

  /** As {@link #load(Path, Map)}, then {@code options} (e.g. from the command line) on top. */
  public static ServerConfig load(
      Path file, Map<String, String> environment, Map<String, String> options) {
    Map<String, String> settings = new LinkedHashMap<>(DEFAULTS);
    if (file != null) {
      settings.putAll(read(file));
    }
    environment.forEach(
        (name, value) -> {
          if (name.startsWith("TANDEM_KEY_")) {
            settings.put("key." + name.substring(11).toLowerCase(Locale.ROOT), value);
          } else if (name.startsWith("TANDEM_")) {
            String setting = name.substring(7).toLowerCase(Locale.ROOT).replace('_', '-');
            if (DEFAULTS.containsKey(setting)) {
              settings.put(setting, value);
            }
          }
        });
    settings.putAll(options);
    return from(settings);
  }

  /** From settings by name; a setting not given takes its default. */
  static ServerConfig from(Map<String, String> given) {
    Map<String, String> settings = new LinkedHashMap<>(DEFAULTS);
    settings.putAll(given);
    List<String> mistakes = new ArrayList<>();
    for (String name : settings.keySet()) {
      if (!DEFAULTS.containsKey(name) && !name.startsWith("key.")) {
        mistakes.add("unknown setting '" + name + "'; known: " + DEFAULTS.keySet() + " and key.NAME");
      }
    }
    Settings read = new Settings(settings, mistakes);
    ServerConfig config =
        new ServerConfig(
            read.text("host"),
            read.integer("port", 0, 65_535),
            read.text("store"),
            read.keys(),
            read.integer("max-body-bytes", 1_024, Integer.MAX_VALUE),
            read.integer("max-batch", 1, 1_000_000),
            read.list("cors-origins"),
            read.integer("retrain-minutes", 0, 100_000),
            read.businessRules(),
            read.modelsDir(),
            read.integer("keep-bundles", 1, 1_000),
            new Sessions(read.integer("max-sessions", 1, 10_000_000),
                read.integer("max-session-events", 1, 1_000),
                read.integer("session-idle-minutes", 1, 10_080)),
            read.threads());
    if (!mistakes.isEmpty()) {
      throw new IllegalArgumentException(
          "the server configuration has " + mistakes.size() + " mistake(s):\n  - "
              + String.join("\n  - ", mistakes));
    }
    return config;
  }

  /**
   * Bundles beside a SQLite file ({@code tandem-data/demo.db}: {@code tandem-data/demo-models}); for
   * PostgreSQL, {@code tandem-data/models-HOST-PORT-DB-SCHEMA} under the working directory.
   */
  static Path defaultModelsDir(String store) {
    try {
      StoreLocation location = StoreLocation.parse(store);
      if (location.kind() == StoreLocation.Kind.SQLITE) {
        Path file = Path.of(location.jdbcUrl().substring("jdbc:sqlite:".length()));
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return file.resolveSibling(name + "-models");
      }
      String where = location.jdbcUrl().replaceFirst("^jdbc:postgresql://", "")
          .replaceFirst("\\?.*$", "") + "-" + location.schema();
      return Path.of("tandem-data", "models-" + where.replaceAll("[^A-Za-z0-9.]+", "-"));
    } catch (RuntimeException e) {
      return Path.of("tandem-data", "models"); // the store's own mistake is reported when it opens
    }
  }

  private static Map<String, String> read(Path file) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      properties.load(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the configuration " + file + ": " + e.getMessage());
    }
    Map<String, String> settings = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(n -> settings.put(n.strip(), properties.getProperty(n).strip()));
    return settings;
  }

  /** Reads typed settings, collecting every mistake instead of stopping at the first. */
  private record Settings(Map<String, String> values, List<String> mistakes) {
    String text(String name) {
      String value = values.get(name);
      if (value == null || value.isBlank()) {
        mistakes.add(name + " must not be empty");
        return "";
      }
      return value;
    }

    int integer(String name, long min, long max) {
      String value = values.get(name);
      try {
        long parsed = Long.parseLong(value.strip());
        if (parsed >= min && parsed <= max) {
          return (int) parsed;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      mistakes.add(name + " must be a whole number from " + min + " to " + max + ", was '" + value + "'");
      return (int) min;
    }

    /** 0 (Javalin's default pool) or a fixed pool of {@link #MIN_THREADS} to 1000 threads. */
    int threads() {
      int threads = integer("threads", 0, 1_000);
      if (threads != 0 && threads < MIN_THREADS) {
        mistakes.add("threads must be 0 (Javalin's default pool) or from " + MIN_THREADS
            + " to 1000 (Jetty needs some for connections), was " + threads);
        return 0;
      }
      return threads;
    }

    List<String> list(String name) {
      List<String> out = new ArrayList<>();
      for (String part : values.getOrDefault(name, "").split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    }

    /** The models directory; empty: beside a SQLite store ({@code shop.db}: {@code shop-models}). */
    Path modelsDir() {
      String dir = values.getOrDefault("models-dir", "");
      if (!dir.isBlank()) {
        return Path.of(dir.strip());
      }
      return defaultModelsDir(values.getOrDefault("store", ""));
    }

    BusinessRules businessRules() {
      String file = values.getOrDefault("business-rules", "");
      if (file.isBlank()) {
        return BusinessRules.defaults();
      }
      try {
        return BusinessRulesFile.read(Path.of(file));
      } catch (RuntimeException e) {
        mistakes.add("business-rules: " + e.getMessage());
        return BusinessRules.defaults();
      }
    }

    ApiKeys keys() {
      Map<String, Role> roles = new LinkedHashMap<>();
      values.forEach(
          (name, value) -> {
            if (name.startsWith("key.")) {
              addKey(name, value, roles);
            }
          });
      return new ApiKeys(roles);
    }

    private void addKey(String name, String value, Map<String, Role> roles) {
      String[] parts = value.split(":", 2);
      Role role = null;
      try {
        role = Role.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // reported below
      }
      String hash = parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : "";
      if (role == null || !hash.matches("[0-9a-f]{64}")) {
        mistakes.add(name + " must be ROLE:SHA256 (role read, write or admin; the key's SHA-256 in"
            + " hex, as `tandem serve --hash-key KEY` prints it)");
        return;
      }
      roles.put(hash, role);
    }
  }
}

package dev.tandem.engine.bundle;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.util.Properties;

/**
 * What a bundle holds and how to check it: the model's version, when it was made (from the injected
 * clock), the fingerprint of the data it was trained on, its parameters, how many events it saw and
 * the latest event time (the high-water mark), and the size and SHA-256 of its data file.
 */
public record BundleManifest(
    int format,
    int version,
    Instant createdAt,
    String dataFingerprint,
    String parameters,
    long events,
    long lastEventMillis,
    int items,
    int rules,
    String rulesStatus,
    long trainingMillis,
    String store,
    long dataBytes,
    String sha256) {

  static final int FORMAT = 1;

  String text() {
    return "# Tandem model bundle: the data file is " + ModelBundles.DATA_FILE + "\n"
        + "format=" + format + "\n"
        + "version=" + version + "\n"
        + "created-at=" + createdAt + "\n"
        + "data-fingerprint=" + dataFingerprint + "\n"
        + "parameters=" + escape(parameters) + "\n"
        + "events=" + events + "\n"
        + "last-event-millis=" + lastEventMillis + "\n"
        + "items=" + items + "\n"
        + "rules=" + rules + "\n"
        + "rules-status=" + escape(rulesStatus) + "\n"
        + "training-millis=" + trainingMillis + "\n"
        + "store=" + escape(store) + "\n"
        + "data-bytes=" + dataBytes + "\n"
        + "sha256=" + sha256 + "\n";
  }

  /** Parses a manifest; says which entry is missing or malformed. */
  static BundleManifest parse(String text) {
    Properties p = new Properties();
    try (Reader in = new StringReader(text)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("unreadable manifest: " + e.getMessage());
    }
    Entries e = new Entries(p);
    return new BundleManifest(e.integer("format"), e.integer("version"),
        Instant.parse(e.text("created-at")), e.text("data-fingerprint"), e.text("parameters"),
        e.number("events"), e.number("last-event-millis"), e.integer("items"), e.integer("rules"),
        e.text("rules-status"), e.number("training-millis"), e.text("store"),
        e.number("data-bytes"), e.text("sha256"));
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\n", "\\n");
  }

  private record Entries(Properties properties) {
    String text(String name) {
      String value = properties.getProperty(name);
      if (value == null) {
        throw new IllegalArgumentException("the manifest lacks '" + name + "'");
      }
      return value;
    }

    long number(String name) {
      try {
        return Long.parseLong(text(name));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("the manifest's '" + name + "' is not a number");
      }
    }

    int integer(String name) {
      return Math.toIntExact(number(name));
    }
  }
}

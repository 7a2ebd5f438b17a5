package dev.tandem.engine.bundle;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.util.Properties;

/**
 * What a bundle holds and how to check it: the model's version, when it was made (from the injected
 * clock), the fingerprint of the data it was trained on, its parameters, how many events it saw and
 * the latest event time, the store's last event number when its snapshot was read (the watermark
 * after which a restore replays purchases), and the size and SHA-256 of its data file.
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
    long lastEventSeq,
    long dataBytes,
    String sha256) {

  /** 2: the data file ends with the factor section, the manifest has the event watermark. */
  static final int FORMAT = 2;

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
        + "last-event-seq=" + lastEventSeq + "\n"
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
        lastEventSeq(e), e.number("data-bytes"), e.text("sha256"));
  }

  /** Absent before format 2: such a bundle is then passed over for its format, not its manifest. */
  private static long lastEventSeq(Entries e) {
    return e.integer("format") < 2 ? -1 : e.number("last-event-seq");
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

package dev.tandem.store;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a store lives, parsed from what a user types: a plain file path or {@code jdbc:sqlite:FILE}
 * for the embedded SQLite store, or a {@code jdbc:postgresql://host:port/db} URL for PostgreSQL.
 * A PostgreSQL URL may carry {@code currentSchema=NAME}: the store then lives in that schema,
 * created if missing.
 */
public record StoreLocation(Kind kind, String jdbcUrl, String schema) {
  private static final Pattern SCHEMA = Pattern.compile("[?&]currentSchema=([A-Za-z_][A-Za-z0-9_]*)");

  /** The two kinds of store. */
  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  /** Parses a location; throws {@link StoreException} saying what is accepted. */
  public static StoreLocation parse(String location) {
    if (location == null || location.isBlank()) {
      throw new StoreException(
          "no store given: pass a file path (SQLite) or a jdbc:postgresql://host:port/db URL");
    }
    String text = location.trim();
    if (text.startsWith("jdbc:postgresql:")) {
      Matcher schema = SCHEMA.matcher(text);
      return new StoreLocation(Kind.POSTGRESQL, text, schema.find() ? schema.group(1) : "public");
    }
    if (text.startsWith("jdbc:sqlite:")) {
      return sqlite(Path.of(text.substring("jdbc:sqlite:".length())));
    }
    if (text.startsWith("jdbc:")) {
      throw new StoreException(
          "unsupported store URL '" + text + "': use a file path, jdbc:sqlite:FILE or "
              + "jdbc:postgresql://host:port/db");
    }
    return sqlite(Path.of(text));
  }

  /** The SQLite file at {@code file}. */
  public static StoreLocation sqlite(Path file) {
    return new StoreLocation(Kind.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath().normalize(), null);
  }

  /** Opens the store here, creating and migrating its schema if needed. */
  public Store open() {
    return kind == Kind.SQLITE ? SqlStore.sqlite(this) : SqlStore.postgres(this);
  }

  /** The SQLite file, for SQLite locations. */
  Path file() {
    return Path.of(jdbcUrl.substring("jdbc:sqlite:".length()));
  }
}

package dev.tandem.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * How a column writes a point in time. {@code iso} (the default) takes ISO-8601 with or without
 * an offset; {@code epoch-seconds} and {@code epoch-millis} take numbers; anything else is a
 * {@link DateTimeFormatter} pattern, read strictly (no 31 February). Times without an offset are read in {@code zone}. The common
 * pattern {@code yyyy-MM-dd HH:mm:ss} is parsed by a char loop, and a value equal to the previous
 * row's is not parsed again (lines of one order share their time). Not thread-safe.
 */
final class TimeFormat {
  static final String SQL = "yyyy-MM-dd HH:mm:ss";
  private final String pattern;
  private final ZoneId zone;
  private final DateTimeFormatter formatter;
  private String lastText;
  private Instant lastInstant;

  TimeFormat(String pattern, ZoneId zone) {
    this.pattern = pattern == null ? "iso" : pattern;
    this.zone = zone;
    this.formatter = formatterFor(this.pattern);
  }

  private static DateTimeFormatter formatterFor(String pattern) {
    switch (pattern) {
      case "iso":
        return DateTimeFormatter.ISO_DATE_TIME;
      case "epoch-seconds":
      case "epoch-millis":
      case SQL:
        return null;
      default:
        try {
          return new DateTimeFormatterBuilder().appendPattern(pattern)
              .parseDefaulting(ChronoField.ERA, 1).toFormatter(Locale.ROOT)
              .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "time format '" + pattern + "' is not a valid pattern: " + e.getMessage()
                  + "; use iso, epoch-seconds, epoch-millis or a pattern like " + SQL, e);
        }
    }
  }

  String describe() {
    return pattern + " (" + zone + ")";
  }

  Instant parse(String text, String field) throws Rejected {
    if (text == null || text.isBlank()) {
      throw new Rejected(field, "missing value", "no time given");
    }
    if (text.equals(lastText)) {
      return lastInstant;
    }
    Instant instant = parseTrimmed(text.trim(), field);
    lastText = text;
    lastInstant = instant;
    return instant;
  }

  private Instant parseTrimmed(String s, String field) throws Rejected {
    try {
      switch (pattern) {
        case SQL:
          return sql(s).atZone(zone).toInstant();
        case "epoch-seconds":
          return Instant.ofEpochSecond(Numbers.integerLong(s, field));
        case "epoch-millis":
          return Instant.ofEpochMilli(Numbers.integerLong(s, field));
        default:
          return fromFormatter(s);
      }
    } catch (DateTimeException | Rejected e) {
      throw new Rejected(field, "bad date", "'" + cut(s) + "' is not a time in format " + pattern);
    }
  }

  private Instant fromFormatter(String s) {
    TemporalAccessor parsed = formatter.parseBest(s, Instant::from, LocalDateTime::from);
    return parsed instanceof Instant
        ? (Instant) parsed
        : ((LocalDateTime) parsed).atZone(zone).toInstant();
  }

  /** {@code yyyy-MM-dd HH:mm:ss}; also accepts a {@code T} between date and time. */
  static LocalDateTime sql(String s) {
    if (s.length() != 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':'
        || s.charAt(16) != ':' || (s.charAt(10) != ' ' && s.charAt(10) != 'T')) {
      throw new DateTimeException("not " + SQL);
    }
    return LocalDateTime.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10),
        digits(s, 11, 13), digits(s, 14, 16), digits(s, 17, 19));
  }

  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new DateTimeException("not a digit");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static String cut(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}

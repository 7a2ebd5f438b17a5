package dev.tandem.store;

import dev.tandem.shop.Event;

/** Writes rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, escaped. */
final class CopyText {
  private CopyText() {}

  static void row(StringBuilder out, Event event) {
    text(out, event.id()).append('\t');
    text(out, event.type().wireName()).append('\t');
    text(out, event.userId()).append('\t');
    text(out, event.sessionId()).append('\t');
    text(out, event.orderId()).append('\t');
    text(out, event.itemId()).append('\t');
    out.append(event.quantity()).append('\t');
    number(out, event.unitPrice()).append('\t');
    number(out, event.rating()).append('\t');
    out.append(event.time().toEpochMilli()).append('\t');
    text(out, event.recommendationId()).append('\n');
  }

  static StringBuilder text(StringBuilder out, String value) {
    if (value == null) {
      return out.append("\\N");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out;
  }

  private static StringBuilder number(StringBuilder out, Double value) {
    return value == null ? out.append("\\N") : out.append(value.doubleValue());
  }
}

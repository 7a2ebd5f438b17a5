package dev.tandem.store;

import dev.tandem.shop.Event;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;

/**
 * Events in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash escapes),
 * encoded straight to UTF-8 bytes: no intermediate text for the whole batch, and plain ASCII values
 * (nearly all ids) are copied byte by byte.
 */
final class CopyRows {
  static final int CHUNK = 64 * 1024;
  private byte[] bytes;
  private int size;

  private CopyRows(int capacity) {
    bytes = new byte[capacity];
  }

  static CopyRows of(Collection<Event> events) {
    CopyRows rows = new CopyRows(Math.max(256, events.size() * 96));
    for (Event event : events) {
      rows.add(event);
    }
    return rows;
  }

  private void add(Event event) {
    text(event.id()).tab();
    text(event.type().wireName()).tab();
    text(event.userId()).tab();
    text(event.sessionId()).tab();
    text(event.orderId()).tab();
    text(event.itemId()).tab();
    ascii(Integer.toString(event.quantity())).tab();
    number(event.unitPrice()).tab();
    number(event.rating()).tab();
    ascii(Long.toString(event.time().toEpochMilli())).tab();
    text(event.recommendationId()).put((byte) '\n');
  }

  InputStream stream() {
    return new ByteArrayInputStream(bytes, 0, size);
  }

  /** The rows as text, for tests. */
  String asText() {
    return new String(bytes, 0, size, StandardCharsets.UTF_8);
  }

  CopyRows text(String value) {
    if (value == null) {
      return ascii("\\N");
    }
    return isPlainAscii(value) ? ascii(value) : bytes(escape(value));
  }

  private static boolean isPlainAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x80 || c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  private static byte[] escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
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
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private CopyRows number(Double value) {
    return value == null ? ascii("\\N") : ascii(Double.toString(value));
  }

  private CopyRows ascii(String value) {
    ensure(value.length());
    for (int i = 0; i < value.length(); i++) {
      bytes[size++] = (byte) value.charAt(i);
    }
    return this;
  }

  private CopyRows bytes(byte[] value) {
    ensure(value.length);
    System.arraycopy(value, 0, bytes, size, value.length);
    size += value.length;
    return this;
  }

  private CopyRows tab() {
    return put((byte) '\t');
  }

  private CopyRows put(byte b) {
    ensure(1);
    bytes[size++] = b;
    return this;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}

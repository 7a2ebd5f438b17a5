package dev.tandem.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads PostgreSQL's binary {@code COPY} format (a signature and header, then per row a 16-bit
 * field count and each field as a 32-bit length, -1 for null, followed by its bytes; a count of -1
 * ends the data) from a stream, through one reusable buffer: a field's bytes are read in place.
 */
final class BinaryCopyInput {
  private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r',
      '\n', 0};
  private final InputStream in;
  private byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private int fieldStart;
  private int fieldLength;

  BinaryCopyInput(InputStream in) throws IOException {
    this.in = in;
    readHeader();
  }

  /** Starts the next row; false after the last one. */
  boolean nextRow(int expectedFields) throws IOException {
    require(2);
    int fields = (short) ((buffer[position] & 0xff) << 8 | buffer[position + 1] & 0xff);
    position += 2;
    if (fields == -1) {
      return false;
    }
    if (fields != expectedFields) {
      throw new IOException(
          "binary COPY row with " + fields + " fields, expected " + expectedFields);
    }
    return true;
  }

  /** Reads the next field; false when it is null. Its bytes are then at {@link #bytes()}. */
  boolean field() throws IOException {
    require(4);
    fieldLength = readInt();
    if (fieldLength < 0) {
      return false;
    }
    require(fieldLength);
    fieldStart = position;
    position += fieldLength;
    return true;
  }

  /** The buffer holding the current field, from {@link #start()} for {@link #length()} bytes. */
  byte[] bytes() {
    return buffer;
  }

  int start() {
    return fieldStart;
  }

  int length() {
    return fieldLength;
  }

  /** The current field as a 4-byte integer. */
  int intValue() {
    return (buffer[fieldStart] & 0xff) << 24 | (buffer[fieldStart + 1] & 0xff) << 16
        | (buffer[fieldStart + 2] & 0xff) << 8 | buffer[fieldStart + 3] & 0xff;
  }

  /** The current field as an 8-byte integer. */
  long longValue() {
    long high = intValue() & 0xffffffffL;
    fieldStart += 4;
    long low = intValue() & 0xffffffffL;
    fieldStart -= 4;
    return high << 32 | low;
  }

  /** The current field as an 8-byte IEEE double. */
  double doubleValue() {
    return Double.longBitsToDouble(longValue());
  }

  private void readHeader() throws IOException {
    require(SIGNATURE.length + 8);
    if (!Arrays.equals(buffer, position, position + SIGNATURE.length, SIGNATURE, 0,
        SIGNATURE.length)) {
      throw new IOException("not a binary COPY stream");
    }
    position += SIGNATURE.length + 4; // the flags: no OIDs in PostgreSQL 12 and later
    int extension = readInt();
    require(extension);
    position += extension;
  }

  private int readInt() {
    int value = (buffer[position] & 0xff) << 24 | (buffer[position + 1] & 0xff) << 16
        | (buffer[position + 2] & 0xff) << 8 | buffer[position + 3] & 0xff;
    position += 4;
    return value;
  }

  /** Makes sure {@code count} unread bytes are in the buffer, reading more as needed. */
  private void require(int count) throws IOException {
    if (limit - position >= count) {
      return;
    }
    System.arraycopy(buffer, position, buffer, 0, limit - position);
    limit -= position;
    position = 0;
    if (count > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(count, buffer.length * 2));
    }
    while (limit < count) {
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        throw new EOFException("binary COPY stream ended inside a row");
      }
      limit += read;
    }
  }
}

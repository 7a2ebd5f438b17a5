package dev.tandem.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into records and fields with one pass of a byte loop (RFC 4180 quoting,
 * LF or CRLF line ends). Works on bytes, so UTF-8 is checked per record and only decoded when a
 * field is asked for. Bounded: a field longer than {@link #MAX_FIELD} or a record longer than
 * {@link #MAX_RECORD} is reported, never buffered without limit.
 *
 * <p>A quote that is never closed would swallow the rest of the file; instead the record is
 * reported as an unterminated quote and reading goes on at the next physical line.
 */
final class RecordScanner {
  static final int MAX_FIELD = 64 * 1024;
  static final int MAX_RECORD = 1024 * 1024;
  static final int RAW_LIMIT = 500;
  private static final int DONE = 0;
  private static final int NEED_MORE = 1;
  private static final int UNTERMINATED = 2;

  private final InputStream in;
  private final int delimiter;
  private final boolean[] special = new boolean[256];
  private byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private boolean eof;
  private long nextLine = 1;

  private long line;
  private int recordStart;
  private int recordEnd;
  private int fieldCount;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private boolean[] escaped = new boolean[16];
  private boolean nonAscii;
  private int newlinesInside;
  private int openQuoteField;
  private Problem problem;
  private String[] lastText = new String[16];
  private int[] lastStart = new int[16];
  private int[] lastLength = new int[16];
  private int problemFieldIndex = -1;
  private boolean pendingInQuotes;
  private String rawOverride;

  /** A scanner of delimited records; {@code delimiter} -1 and no quoting gives whole lines. */
  RecordScanner(InputStream in, int delimiter, boolean quoting) {
    this.in = in;
    this.delimiter = delimiter;
    for (int b = 0x80; b < 0x100; b++) {
      special[b] = true;
    }
    special['\n'] = true;
    special['"'] = quoting;
    if (delimiter >= 0) {
      special[delimiter] = true;
    }
  }

  /** Moves to the next non-blank record; false at the end of the input. */
  boolean next() throws IOException {
    problem = null;
    rawOverride = null;
    while (true) {
      if (pos >= limit) {
        if (eof) {
          return false;
        }
        fill();
        continue;
      }
      int result = scan();
      if (result == DONE) {
        if (isBlank()) {
          continue;
        }
        checkFields();
        return true;
      }
      if (result == NEED_MORE) {
        if (limit - pos > MAX_RECORD) {
          if (pendingInQuotes) {
            firstLineOnly();
          } else {
            tooLong();
          }
          return true;
        }
        fill();
        continue;
      }
      firstLineOnly();
      return true;
    }
  }

  long line() {
    return line;
  }

  int fieldCount() {
    return fieldCount;
  }

  /** What makes the record unreadable, or null. */
  Problem problem() {
    return problem;
  }

  /** The index of the field a problem is in, -1 for the record as a whole. */
  int problemField() {
    return problemFieldIndex;
  }

  /**
   * The text of a field. A value equal to the same field of the row before is not decoded again:
   * the same String comes back (orders repeat their number, date and customer on every line).
   */
  String field(int index) {
    int start = starts[index];
    int length = ends[index] - start;
    if (escaped[index]) {
      return unescape(start, ends[index]);
    }
    if (index < lastText.length && lastText[index] != null && lastLength[index] == length
        && Arrays.equals(buf, lastStart[index], lastStart[index] + length, buf, start,
            start + length)) {
      return lastText[index];
    }
    String text = new String(
        buf, start, length, nonAscii ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    remember(index, start, length, text);
    return text;
  }

  private void remember(int index, int start, int length, String text) {
    if (index >= lastText.length) {
      int size = Math.max(index + 1, lastText.length * 2);
      lastText = Arrays.copyOf(lastText, size);
      lastStart = Arrays.copyOf(lastStart, size);
      lastLength = Arrays.copyOf(lastLength, size);
    }
    lastText[index] = text;
    lastStart[index] = start;
    lastLength[index] = length;
  }

  /** The record as read (decoded leniently), cut to {@link #RAW_LIMIT} characters. */
  String raw() {
    if (rawOverride != null) {
      return rawOverride;
    }
    return rawText(buf, recordStart, recordEnd);
  }

  private static String rawText(byte[] bytes, int from, int to) {
    int end = Math.min(to, from + RAW_LIMIT * 4);
    String text = new String(bytes, from, end - from, StandardCharsets.UTF_8);
    return text.length() > RAW_LIMIT ? text.substring(0, RAW_LIMIT) : text;
  }

  private String unescape(int from, int to) {
    byte[] out = new byte[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      out[n++] = buf[i];
      if (buf[i] == '"') {
        i++;
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  private boolean isBlank() {
    return problem == null && recordEnd == recordStart;
  }

  private void fill() throws IOException {
    Arrays.fill(lastText, null);
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_RECORD + 2));
    }
    int read = in.read(buf, limit, buf.length - limit);
    if (read < 0) {
      eof = true;
    } else {
      limit += read;
    }
  }

  /** Scans one record starting at pos; DONE moves pos past it. */
  private int scan() {
    fieldCount = 0;
    nonAscii = false;
    newlinesInside = 0;
    problemFieldIndex = -1;
    problem = null;
    pendingInQuotes = false;
    recordStart = pos;
    int fieldStart = pos;
    int closedAt = -1;
    boolean hasEscapes = false;
    int p = pos;
    while (true) {
      p = skipOrdinary(p);
      if (p >= limit) {
        break;
      }
      byte b = buf[p];
      if (b < 0) {
        nonAscii = true;
      } else if (b == delimiter || b == '\n') {
        addField(fieldStart, p, closedAt, hasEscapes, b == '\n');
        if (b == '\n') {
          finishRecord(p, p + 1);
          return DONE;
        }
        fieldStart = p + 1;
        closedAt = -1;
        hasEscapes = false;
      } else if (b == '"' && p == fieldStart) {
        closedAt = closingQuote(p + 1);
        if (closedAt < 0) {
          pendingInQuotes = true;
          openQuoteField = fieldCount;
          return eof ? UNTERMINATED : NEED_MORE;
        }
        hasEscapes = escapesSeen;
        if (!checkAfterQuote(closedAt + 1)) {
          return NEED_MORE;
        }
        p = closedAt;
      }
      p++;
    }
    if (!eof) {
      return NEED_MORE;
    }
    addField(fieldStart, p, closedAt, hasEscapes, true);
    finishRecord(p, p);
    return DONE;
  }

  /** The first byte at or after p that is not plain text (delimiter, quote, line end, non-ASCII). */
  private int skipOrdinary(int p) {
    while (p < limit && !special[buf[p] & 0xFF]) {
      p++;
    }
    return p;
  }

  private boolean escapesSeen;

  /** The closing quote of a field whose content starts at from, or -1 if not in the buffer. */
  private int closingQuote(int from) {
    escapesSeen = false;
    int i = from;
    while (i < limit) {
      byte b = buf[i];
      if (b == '"') {
        if (i + 1 >= limit && !eof) {
          return -1;
        }
        if (i + 1 < limit && buf[i + 1] == '"') {
          escapesSeen = true;
          i += 2;
          continue;
        }
        return i;
      }
      if (b == '\n') {
        newlinesInside++;
      } else if (b < 0) {
        nonAscii = true;
      }
      i++;
    }
    return -1;
  }

  /** After a closing quote only a delimiter or a line end may come; false when more is needed. */
  private boolean checkAfterQuote(int q) {
    if (q >= limit || buf[q] == delimiter || buf[q] == '\n') {
      return q < limit || eof;
    }
    if (buf[q] == '\r') {
      if (q + 1 >= limit) {
        return eof;
      }
      if (buf[q + 1] == '\n') {
        return true;
      }
    }
    if (problem == null) {
      setProblem(fieldCount, "bad quote", "text after the closing quote of a quoted field");
    }
    return true;
  }

  private void addField(int fieldStart, int end, int closedAt, boolean hasEscapes,
      boolean atLineEnd) {
    if (closedAt >= 0) {
      addField(fieldStart + 1, closedAt, hasEscapes);
    } else {
      addField(fieldStart, trimCr(fieldStart, end, atLineEnd), false);
    }
  }

  private int trimCr(int from, int to, boolean atLineEnd) {
    return atLineEnd && to > from && buf[to - 1] == '\r' ? to - 1 : to;
  }

  private void addField(int start, int end, boolean hasEscapes) {
    if (fieldCount == starts.length) {
      starts = Arrays.copyOf(starts, fieldCount * 2);
      ends = Arrays.copyOf(ends, fieldCount * 2);
      escaped = Arrays.copyOf(escaped, fieldCount * 2);
    }
    starts[fieldCount] = start;
    ends[fieldCount] = end;
    escaped[fieldCount] = hasEscapes;
    fieldCount++;
  }

  private void finishRecord(int end, int next) {
    line = nextLine;
    nextLine += 1 + newlinesInside;
    recordEnd = trimCr(recordStart, end, true);
    pos = next;
  }

  private void checkFields() {
    for (int i = 0; i < fieldCount && problem == null; i++) {
      if (ends[i] - starts[i] > MAX_FIELD) {
        setProblem(i, "field too long", "longer than " + MAX_FIELD + " bytes");
      }
    }
    if (problem == null && nonAscii) {
      checkEncoding();
    }
  }

  private void checkEncoding() {
    int bad = Utf8.firstInvalid(buf, recordStart, recordEnd);
    if (bad < 0) {
      return;
    }
    int field = 0;
    while (field + 1 < fieldCount && starts[field + 1] <= bad) {
      field++;
    }
    setProblem(field, "bad encoding",
        String.format("byte 0x%02X at column %d is not valid UTF-8", buf[bad] & 0xFF,
            bad - recordStart + 1));
  }

  private void setProblem(int field, String reason, String detail) {
    problemFieldIndex = field;
    problem = new Problem("", reason, detail);
  }

  /** The record cannot end inside the limits: report its first line and go on after it. */
  private void firstLineOnly() throws IOException {
    int newline = indexOf('\n', pos, limit);
    if (newline < 0) {
      tooLong();
      return;
    }
    line = nextLine++;
    fieldCount = 0;
    recordStart = pos;
    recordEnd = trimCr(pos, newline, true);
    setProblem(openQuoteField, "unterminated quote", "a quoted field is never closed");
    pos = newline + 1;
  }

  private void tooLong() throws IOException {
    line = nextLine++;
    fieldCount = 0;
    rawOverride = rawText(buf, pos, Math.min(limit, pos + RAW_LIMIT * 4));
    setProblem(-1, "line too long", "longer than " + MAX_RECORD + " bytes");
    while (true) {
      int newline = indexOf('\n', pos, limit);
      if (newline >= 0) {
        pos = newline + 1;
        return;
      }
      pos = limit;
      if (eof) {
        return;
      }
      fill();
    }
  }

  private int indexOf(int b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }
}

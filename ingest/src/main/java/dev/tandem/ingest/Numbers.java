package dev.tandem.ingest;

/**
 * Strict number parsing with char loops: plain decimals ({@code -12}, {@code 2.55}, {@code 1e3})
 * only; no hex, no {@code NaN}, no {@code Infinity}, no thousands separators.
 */
final class Numbers {
  private static final double[] POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };
  private static final long EXACT_LIMIT = 1L << 53;

  private Numbers() {}

  static double decimal(String text, String field) throws Rejected {
    String s = text == null ? "" : text.trim();
    int digits = 0;
    int scale = 0;
    long mantissa = 0;
    int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    boolean point = false;
    boolean simple = true;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        mantissa = mantissa * 10 + (c - '0');
        scale += point ? 1 : 0;
        simple &= mantissa < EXACT_LIMIT;
      } else if (c == '.' && !point) {
        point = true;
      } else if ((c == 'e' || c == 'E') && digits > 0) {
        return withExponent(s, i, field);
      } else {
        throw bad(field, text);
      }
    }
    if (digits == 0) {
      throw bad(field, text);
    }
    if (simple && scale < POWERS.length) {
      double value = mantissa / POWERS[scale];
      return s.charAt(0) == '-' ? -value : value;
    }
    return finite(Double.parseDouble(s), s, field);
  }

  private static double finite(double value, String s, String field) throws Rejected {
    if (!Double.isFinite(value)) {
      throw new Rejected(field, "bad number", "'" + s + "' is out of range");
    }
    return value;
  }

  private static double withExponent(String s, int at, String field) throws Rejected {
    int i = at + 1;
    if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    if (i == s.length()) {
      throw bad(field, s);
    }
    for (; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        throw bad(field, s);
      }
    }
    return finite(Double.parseDouble(s), s, field);
  }

  static int integer(String text, String field) throws Rejected {
    long value = integerLong(text, field);
    if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
      throw new Rejected(field, "bad number", "'" + text.trim() + "' is out of range");
    }
    return (int) value;
  }

  static long integerLong(String text, String field) throws Rejected {
    String s = text == null ? "" : text.trim();
    int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    if (i == s.length() || s.length() - i > 18) {
      throw bad(field, text);
    }
    long value = 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw bad(field, text);
      }
      value = value * 10 + (c - '0');
    }
    return s.charAt(0) == '-' ? -value : value;
  }

  private static Rejected bad(String field, String text) {
    String shown = text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return new Rejected(field, "bad number", "'" + shown + "' is not a number");
  }
}

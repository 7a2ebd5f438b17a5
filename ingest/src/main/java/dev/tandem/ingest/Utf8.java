package dev.tandem.ingest;

/** A strict UTF-8 check as a byte loop: overlongs, surrogates and truncated sequences are invalid. */
final class Utf8 {
  private Utf8() {}

  /** The offset of the first byte that is not valid UTF-8 in {@code bytes[from, to)}, or -1. */
  static int firstInvalid(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      int b = bytes[i] & 0xFF;
      int length = sequenceLength(b);
      if (length == 0 || i + length > to || !validSequence(bytes, i, b, length)) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  private static int sequenceLength(int lead) {
    if (lead < 0x80) {
      return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  }

  private static boolean validSequence(byte[] bytes, int at, int lead, int length) {
    if (length == 1) {
      return true;
    }
    int second = bytes[at + 1] & 0xFF;
    int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    if (second < low || second > high) {
      return false;
    }
    for (int k = 2; k < length; k++) {
      if ((bytes[at + k] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}

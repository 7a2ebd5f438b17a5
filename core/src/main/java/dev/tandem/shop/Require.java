package dev.tandem.shop;

/** Checks shared by the records of this package; each message names the field and the value. */
final class Require {
  /** Longest id accepted; longer ones are almost always a broken export (a whole line in a field). */
  static final int MAX_ID_LENGTH = 256;

  private Require() {}

  static void id(String what, String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(what + " is missing");
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          what + " is " + id.length() + " characters long; at most " + MAX_ID_LENGTH + " allowed");
    }
  }

  static void positive(String what, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be positive, was " + value);
    }
  }

  static void nonNegative(String what, double value) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be zero or more, was " + value);
    }
  }

  static void currency(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "currency must be a three-letter ISO 4217 code such as GBP, was '" + code + "'");
    }
  }
}

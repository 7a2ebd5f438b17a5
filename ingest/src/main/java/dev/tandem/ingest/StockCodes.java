package dev.tandem.ingest;

/**
 * Online Retail stock codes: a product's code is five digits and up to two letters ({@code 85123A});
 * anything else (POST, DOT, M, BANK CHARGES, gift_0001_20 ...) is a fee, a postage line or a voucher.
 */
final class StockCodes {
  private StockCodes() {}

  /** Whether the code names a product: {@code ^[0-9]{5}[A-Za-z]{0,2}$}, as a char loop. */
  static boolean isProduct(String code) {
    int length = code.length();
    if (length < 5 || length > 7) {
      return false;
    }
    for (int i = 0; i < 5; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    for (int i = 5; i < length; i++) {
      char c = code.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }
}

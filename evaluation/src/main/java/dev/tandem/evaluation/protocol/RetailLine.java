package dev.tandem.evaluation.protocol;

/**
 * One kept line of the Online Retail file.
 *
 * @param invoice InvoiceNo
 * @param item StockCode, upper-cased
 * @param title Description (may be empty)
 * @param quantity units (positive)
 * @param unitPrice GBP per unit (positive)
 * @param time InvoiceDate as milliseconds since the epoch, read as UTC
 * @param customer CustomerID without its {@code .0}, or null for a guest
 */
public record RetailLine(
    String invoice, String item, String title, int quantity, double unitPrice, long time,
    String customer) {

  public double revenue() {
    return quantity * unitPrice;
  }
}

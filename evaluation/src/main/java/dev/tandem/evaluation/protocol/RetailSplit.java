package dev.tandem.evaluation.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The Online Retail split by InvoiceDate: train = invoices dated before {@code 2011-10-01 00:00:00}
 * (UTC as read), test = the rest; both in file order.
 */
record RetailSplit(List<Invoice> train, List<Invoice> test) {
  static final String CUT = "2011-10-01 00:00:00";

  static RetailSplit of(List<Invoice> invoices) {
    long cut = OnlineRetail.epochMillis(CUT);
    List<Invoice> train = new ArrayList<>();
    List<Invoice> test = new ArrayList<>();
    for (Invoice invoice : invoices) {
      (invoice.time() < cut ? train : test).add(invoice);
    }
    return new RetailSplit(train, test);
  }
}

package dev.tandem.ingest;

import dev.tandem.shop.Event;
import dev.tandem.shop.EventType;
import dev.tandem.shop.Item;
import dev.tandem.shop.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import java.util.TreeMap;

/**
 * UCI Online Retail (one CSV line per invoice line). Each product line becomes a purchase event, or
 * a return for a cancellation ({@code C...} invoice); the invoice is the order; guest lines (no
 * CustomerID) are kept with no user. Items come from the stock codes: the list price is the most
 * frequent unit price of the item's accepted lines (ties: the lower), the title its most frequent
 * description. Users carry their most frequent Country. Times are Europe/London wall-clock times.
 *
 * <p>Rejected: non-product codes (postage, fees, vouchers), bad-debt ({@code A...}) invoices,
 * non-positive quantities on sales, cancellations that do not take units back, and prices of zero
 * or less. Event id: invoice / stock code / occurrence of that code in the invoice, counting every
 * line, accepted or not, so that a change of the rules never renumbers the lines it keeps.
 */
final class OnlineRetailPreset extends Preset {
  static final String NAME = "online-retail";
  static final String CURRENCY = "GBP";
  static final ZoneId ZONE = ZoneId.of("Europe/London");
  private static final String[] COLUMNS = {
    "InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID",
    "Country"
  };

  @Override
  public String name() {
    return NAME;
  }

  @Override
  void read(Path source, Intake intake) throws IOException {
    if (Files.isDirectory(source)) {
      throw new SourceException(NAME + " reads one file (online_retail.csv[.gz]), not a directory");
    }
    Lines lines = new Lines(intake);
    try (RowReader rows = intake.openCsv(source, ',')) {
      lines.columns = Columns.require(rows, COLUMNS);
      intake.readAll(rows, lines::handle);
    }
    lines.finish();
  }

  /** The state of one read: tallies per item and user, occurrences per invoice line. */
  private static final class Lines {
    private final Intake intake;
    private final Occurrences occurrences = new Occurrences();
    private final TimeFormat time = new TimeFormat(TimeFormat.SQL, ZONE);
    private final Map<String, Tally> items = new HashMap<>();
    private final Map<String, Tally> users = new HashMap<>();
    private int[] columns;
    private String lastCustomer;
    private Tally lastUser;

    Lines(Intake intake) {
      this.intake = intake;
    }

    void handle(RowReader row) throws Rejected {
      String invoice = required(row, 0);
      String code = required(row, 1).toUpperCase(Locale.ROOT);
      String id = occurrences.next(invoice, code);
      int quantity = Numbers.integer(row.value(columns[3]), COLUMNS[3]);
      Instant when = time.parse(row.value(columns[4]), COLUMNS[4]);
      double price = Numbers.decimal(row.value(columns[5]), COLUMNS[5]);
      String customer = customerId(row.value(columns[6]));
      boolean cancellation = checkKind(invoice, code, quantity, price);
      EventType type = cancellation ? EventType.RETURN : EventType.PURCHASE;
      intake.event(new Event(id, type, customer, null, invoice, code, Math.abs(quantity), price,
          null, when, null));
      tally(code, row.value(columns[2]), price, customer, row);
    }

    private String required(RowReader row, int column) throws Rejected {
      String value = row.value(columns[column]);
      if (value == null || value.isBlank()) {
        throw new Rejected(COLUMNS[column], "missing value", COLUMNS[column] + " is empty");
      }
      return value.trim();
    }

    /** Checks the business rules; true for a cancellation. */
    private boolean checkKind(String invoice, String code, int quantity, double price)
        throws Rejected {
      char kind = Character.toUpperCase(invoice.charAt(0));
      if (kind == 'A') {
        throw new Rejected("InvoiceNo", "bad debt", "bad-debt adjustment " + invoice);
      }
      if (!StockCodes.isProduct(code)) {
        throw new Rejected("StockCode", "non-product code", code + " is not a product");
      }
      boolean cancellation = kind == 'C';
      if (cancellation ? quantity >= 0 : quantity <= 0) {
        throw new Rejected("Quantity", "non-positive quantity", cancellation
            ? "a cancellation must take units back (negative quantity), was " + quantity
            : "quantity must be positive, was " + quantity);
      }
      if (!(price > 0)) {
        throw new Rejected("UnitPrice", "non-positive price", "unit price " + price);
      }
      return cancellation;
    }

    private void tally(String code, String description, double price, String customer,
        RowReader row) {
      Tally item = items.computeIfAbsent(code, k -> new Tally());
      item.price(price);
      item.text(description == null ? null : description.trim());
      if (customer == null) {
        return;
      }
      if (!customer.equals(lastCustomer)) {
        lastCustomer = customer;
        lastUser = users.computeIfAbsent(customer, k -> new Tally());
      }
      lastUser.text(row.value(columns[7]));
    }

    /** {@code 17850.0} becomes {@code 17850}; empty means a guest. */
    static String customerId(String text) throws Rejected {
      if (text == null || text.isBlank()) {
        return null;
      }
      String id = text.trim();
      if (id.endsWith(".0")) {
        id = id.substring(0, id.length() - 2);
      }
      boolean digits = !id.isEmpty();
      for (int i = 0; i < id.length(); i++) {
        digits &= id.charAt(i) >= '0' && id.charAt(i) <= '9';
      }
      if (!digits) {
        throw new Rejected("CustomerID", "bad number", "'" + text + "' is not a customer number");
      }
      return id;
    }

    void finish() {
      new TreeMap<>(items).forEach((code, tally) -> intake.item(
          Item.of(code, tally.commonText(), tally.commonPrice(), CURRENCY)));
      new TreeMap<>(users).forEach((id, tally) -> intake.user(new User(id, country(tally))));
    }

    private static Map<String, String> country(Tally tally) {
      String country = tally.commonText();
      return country.isEmpty() ? Map.of() : Map.of("country", country);
    }
  }
}

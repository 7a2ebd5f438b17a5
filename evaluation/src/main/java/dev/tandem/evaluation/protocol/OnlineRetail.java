package dev.tandem.evaluation.protocol;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The UCI Online Retail file, cleaned as PROTOCOLS.md says: no cancellations ({@code C...}) or
 * bad-debt adjustments ({@code A...}), no line with Quantity or UnitPrice not above 0, only
 * StockCodes matching {@code ^[0-9]{5}[A-Za-z]{0,2}$}, upper-cased. Lines stay in file order.
 */
public final class OnlineRetail {
  private static final Pattern PRODUCT_CODE = Pattern.compile("^[0-9]{5}[A-Za-z]{0,2}$");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final int INVOICE = 0;
  private static final int CODE = 1;
  private static final int DESCRIPTION = 2;
  private static final int QUANTITY = 3;
  private static final int DATE_FIELD = 4;
  private static final int PRICE = 5;
  private static final int CUSTOMER = 6;

  private final List<RetailLine> lines;
  private final long rowsRead;

  private OnlineRetail(List<RetailLine> lines, long rowsRead) {
    this.lines = List.copyOf(lines);
    this.rowsRead = rowsRead;
  }

  /** Reads a (gzip-compressed when named {@code .gz}) Online Retail CSV file. */
  public static OnlineRetail read(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static OnlineRetail read(Reader text) {
    List<RetailLine> kept = new ArrayList<>(540_000);
    Map<String, String> strings = new HashMap<>();
    Map<String, Long> times = new HashMap<>();
    long rows = 0;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
      boolean header = true;
      for (CsvRecord record : csv) {
        if (header) {
          header = false;
          continue;
        }
        rows++;
        RetailLine line = clean(record, strings, times);
        if (line != null) {
          kept.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new OnlineRetail(kept, rows);
  }

  /** The line if it survives cleaning, else null. */
  private static RetailLine clean(
      CsvRecord record, Map<String, String> strings, Map<String, Long> times) {
    String invoice = record.getField(INVOICE);
    if (invoice.startsWith("C") || invoice.startsWith("A")) {
      return null;
    }
    int quantity = Integer.parseInt(record.getField(QUANTITY).trim());
    double price = Double.parseDouble(record.getField(PRICE).trim());
    String code = record.getField(CODE);
    if (quantity <= 0 || price <= 0 || !PRODUCT_CODE.matcher(code).matches()) {
      return null;
    }
    String customer = record.getField(CUSTOMER).trim();
    return new RetailLine(
        strings.computeIfAbsent(invoice, s -> s),
        strings.computeIfAbsent(code.toUpperCase(Locale.ROOT), s -> s),
        strings.computeIfAbsent(record.getField(DESCRIPTION).trim(), s -> s),
        quantity,
        price,
        times.computeIfAbsent(record.getField(DATE_FIELD).trim(), OnlineRetail::epochMillis),
        customer.isEmpty() ? null : strings.computeIfAbsent(customerId(customer), s -> s));
  }

  /** {@code 17850.0} → {@code 17850}. */
  static String customerId(String field) {
    return field.endsWith(".0") ? field.substring(0, field.length() - 2) : field;
  }

  /** {@code yyyy-MM-dd HH:mm:ss}, read as UTC. */
  public static long epochMillis(String dateTime) {
    return LocalDateTime.parse(dateTime, DATE).toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /** Kept lines in file order. */
  public List<RetailLine> lines() {
    return lines;
  }

  /** Data rows in the file (the header not counted). */
  public long rowsRead() {
    return rowsRead;
  }

  /** The kept lines grouped into invoices, in order of each invoice's first line. */
  public List<Invoice> invoices() {
    Map<String, List<RetailLine>> byInvoice = new java.util.LinkedHashMap<>();
    for (RetailLine line : lines) {
      byInvoice.computeIfAbsent(line.invoice(), i -> new ArrayList<>()).add(line);
    }
    List<Invoice> invoices = new ArrayList<>(byInvoice.size());
    byInvoice.forEach((id, invoiceLines) -> invoices.add(Invoice.of(id, invoiceLines)));
    return invoices;
  }

  /** Distinct item ids among the kept lines. */
  public long itemCount() {
    return lines.stream().map(RetailLine::item).distinct().count();
  }
}

package dev.tandem.evaluation.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One invoice (basket) of Online Retail.
 *
 * @param id InvoiceNo
 * @param customer the customer of its first line, or null for a guest
 * @param time the earliest InvoiceDate of its lines
 * @param lines every kept line, in file order
 * @param firstLines the first line of each distinct item, in order of first appearance: position p
 *     of the basket is {@code firstLines.get(p)}
 */
public record Invoice(
    String id, String customer, long time, List<RetailLine> lines, List<RetailLine> firstLines) {

  public Invoice {
    lines = List.copyOf(lines);
    firstLines = List.copyOf(firstLines);
  }

  static Invoice of(String id, List<RetailLine> lines) {
    Map<String, RetailLine> first = new LinkedHashMap<>();
    long time = Long.MAX_VALUE;
    for (RetailLine line : lines) {
      first.putIfAbsent(line.item(), line);
      time = Math.min(time, line.time());
    }
    return new Invoice(id, lines.get(0).customer(), time, lines, new ArrayList<>(first.values()));
  }

  /** Distinct items. */
  public int size() {
    return firstLines.size();
  }

  public String item(int position) {
    return firstLines.get(position).item();
  }
}

package dev.tandem.cli;

import dev.tandem.engine.Engine;
import dev.tandem.engine.pipeline.Offer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Suggestions as rows: rank, item, type, price, score, source, why (and measures in JSON). */
final class OfferRows {
  private OfferRows() {}

  static List<Map<String, Object>> of(List<Offer> offers, Engine engine, ItemNames names,
      OutputFormat output) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Offer offer : offers) {
      Map<String, Object> row = OutputFormat.row();
      row.put("rank", rows.size() + 1);
      if (output == OutputFormat.TABLE) {
        row.put("item", names.label(offer.item()));
      } else {
        row.put("item", names.id(offer.item()));
        row.put("title", names.title(offer.item()));
      }
      row.put("type", engine.types().nameOf(offer.item()));
      row.put("price", engine.snapshot().itemPrice(offer.item()));
      row.put("score", offer.score());
      row.put("source", offer.reason().source());
      row.put("why", offer.reason().sentence());
      if (output == OutputFormat.JSON) {
        row.put("measures", new TreeMap<>(offer.reason().measures()));
      }
      rows.add(row);
    }
    return rows;
  }
}

package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.explain.Reason;
import dev.tandem.engine.pipeline.Offer;
import dev.tandem.ingest.ImportProgress;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Preset;
import dev.tandem.shop.EventWeights;
import dev.tandem.store.Store;
import dev.tandem.store.StoreWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The answers written directly ({@link AnswerJson}) are byte for byte what serialising them as maps
 * (how the server wrote them before) gives: on the Online Retail store's carts, items and up-sells,
 * and on offers with what needs care (no price, NaN score and measures, quotes and accents).
 */
class AnswerJsonTest {
  private static ServingModel model;

  @BeforeAll
  static void trainOnOnlineRetail() throws Exception {
    Path dir = Files.createTempDirectory("tandem-answer-json");
    Snapshot snapshot;
    try (Store store = Store.open(dir.resolve("shop.db").toString())) {
      try (StoreWriter writer = store.writer()) {
        new Importer(Clock.systemUTC()).run(Path.of("../data/online_retail.csv.gz"),
            Preset.named("online-retail"), writer, dir.resolve("rejects.csv"),
            ImportProgress.NONE);
      }
      long lastEventSeq = store.lastEventSeq();
      snapshot = store.snapshot(EventWeights.DEFAULT);
      model = ServingModel.train(1, snapshot, store.catalogFacts(snapshot.items()),
          BusinessRules.defaults(), Instant.EPOCH, System.nanoTime(), lastEventSeq);
    }
  }

  @Test
  void realCartsItemsAndUpSells_sameBytesAsTheMaps() {
    CsrMatrix baskets = model.engineModel().snapshot().basketItems();
    int compared = 0;
    for (int b = 0; b < baskets.rowCount(); b += 50) {
      if (baskets.rowLength(b) == 0) {
        continue;
      }
      int[] cart = Arrays.copyOf(baskets.row(b), Math.min(5, baskets.rowLength(b)));
      List<String> unknown = b % 100 == 0 ? List.of("no-such-item", "\"quoted\"") : List.of();
      assertSameBytes(model.crossSellForCart(cart, -1, new int[0], new int[0], 10), unknown);
      assertSameBytes(model.crossSellForItem(cart[0], 10), List.of());
      assertSameBytes(model.upSell(cart[0], -1, new int[0], 10), List.of());
      compared++;
    }
    assertThat(compared).isGreaterThan(300);
  }

  @Test
  void offersNeedingCare_sameBytesAsTheMaps() {
    Map<String, Double> measures = new LinkedHashMap<>();
    measures.put("lift", 3.25);
    measures.put("confidence", Double.NaN);
    measures.put("orders", Double.POSITIVE_INFINITY);
    measures.put("tiny", 1e-9);
    List<Offer> offers = List.of(
        new Offer(0, Double.NaN, new Reason("rules", measures, "Say \"hi\" — café\n\ttab")),
        new Offer(1, Double.NEGATIVE_INFINITY, new Reason("popular", Map.of(), "")),
        new Offer(2, 1e21, new Reason("co-purchase", Map.of("x", -0.0), "a\u0001b/c\\d")));
    assertSameBytes(offers, List.of("ünknown", "tab\there"));
    assertSameBytes(List.of(), List.of());
  }

  private static void assertSameBytes(List<Offer> offers, List<String> unknown) {
    byte[] direct = AnswerJson.answer(model, "rec-1", offers, unknown);
    byte[] viaMaps = Json.MAPPER.writeValueAsBytes(asMaps("rec-1", offers, unknown));
    assertThat(new String(direct, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(viaMaps, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(direct).isEqualTo(viaMaps);
    assertThat(AnswerJson.items(model, offers))
        .isEqualTo(Json.MAPPER.writeValueAsBytes(asMaps("x", offers, List.of()).get("items")));
  }

  /** The answer as the server built it before: maps in insertion order, serialised by Jackson. */
  private static Map<String, Object> asMaps(String id, List<Offer> offers, List<String> unknown) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("recommendationId", id);
    body.put("modelVersion", model.version());
    if (!unknown.isEmpty()) {
      body.put("unknownItems", unknown);
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (Offer offer : offers) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", model.itemId(offer.item()));
      item.put("title", model.title(offer.item()));
      double price = model.price(offer.item());
      item.put("price", Double.isFinite(price) ? price : null);
      item.put("score", Double.isFinite(offer.score()) ? offer.score() : 0.0);
      Map<String, Object> reason = new LinkedHashMap<>();
      reason.put("source", offer.reason().source());
      Map<String, Double> measures = new LinkedHashMap<>();
      offer.reason().measures().forEach((name, value) -> {
        if (Double.isFinite(value)) {
          measures.put(name, value);
        }
      });
      reason.put("measures", measures);
      item.put("reason", reason);
      item.put("explanation", offer.reason().sentence());
      items.add(item);
    }
    body.put("items", items);
    return body;
  }
}

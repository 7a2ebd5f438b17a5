package dev.tandem.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Cross-sell (role read).
 *
 * <ul>
 *   <li>{@code GET /items/{id}/cross-sell?count=10}: what goes with one item (a product page);
 *   <li>{@code POST /carts/cross-sell} with {@code {"items": ["A", "B"], "count": 10}}: what
 *       completes a cart, never an item already in it.
 * </ul>
 *
 * <p>Count from 1 to 100 (default 10). Unknown items: 404 for a product page; in a cart they are
 * listed under {@code unknownItems} and the rest is used. Every answer has a {@code
 * recommendationId} to send back with the events it leads to, the model version, and per item its
 * score, source, evidence numbers and a sentence a shopper or merchant can read.
 */
final class CrossSellEndpoints {
  private final Models models;

  CrossSellEndpoints(Models models) {
    this.models = models;
  }

  void forItem(Context ctx) {
    ServingModel model = model();
    String id = ctx.pathParam("id");
    int item = model.itemIndex(id);
    if (item < 0) {
      throw Problem.notFound("item '" + id + "' is not in the model (version " + model.version() + ")");
    }
    Json.send(ctx, 200, answer(model, new int[] {item}, List.of(), count(ctx.queryParam("count"))));
  }

  void forCart(Context ctx) {
    ServingModel model = model();
    JsonNode body = Json.body(ctx);
    JsonNode items = body.get("items");
    if (items == null || !items.isArray() || items.isEmpty()) {
      throw Problem.badRequest("items: give the cart as a non-empty array of item ids");
    }
    List<Integer> known = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (JsonNode node : items) {
      int item = node.isString() ? model.itemIndex(node.asString()) : -1;
      if (item >= 0) {
        known.add(item);
      } else {
        unknown.add(node.asString());
      }
    }
    JsonNode count = body.get("count");
    int n = count(count == null ? null : count.asString());
    Json.send(ctx, 200, answer(model, known.stream().mapToInt(Integer::intValue).toArray(), unknown, n));
  }

  private ServingModel model() {
    return models.current().orElseThrow(() -> new Problem(503, "Not ready",
        "the first model is still training; retry in a few seconds (GET /ready says when)"));
  }

  static int count(String text) {
    if (text == null || text.isBlank()) {
      return 10;
    }
    try {
      int count = Integer.parseInt(text.strip());
      if (count >= 1 && count <= 100) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Problem.badRequest("count must be a whole number from 1 to 100, was '" + text + "'");
  }

  private static Map<String, Object> answer(
      ServingModel model, int[] cart, List<String> unknown, int count) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("recommendationId", UUID.randomUUID().toString());
    body.put("modelVersion", model.version());
    if (!unknown.isEmpty()) {
      body.put("unknownItems", unknown);
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (ServingModel.Pick pick : model.crossSell(cart, count)) {
      items.add(item(model, pick));
    }
    body.put("items", items);
    return body;
  }

  private static Map<String, Object> item(ServingModel model, ServingModel.Pick pick) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", model.itemId(pick.item()));
    item.put("title", model.title(pick.item()));
    double price = model.price(pick.item());
    item.put("price", Double.isFinite(price) ? price : null);
    item.put("score", pick.score());
    Map<String, Object> reason = new LinkedHashMap<>();
    reason.put("source", pick.source());
    reason.put("orders", pick.orders());
    if (Double.isFinite(pick.lift())) {
      reason.put("lift", pick.lift());
      reason.put("confidence", pick.confidence());
      List<String> because = new ArrayList<>();
      for (int i : pick.because()) {
        because.add(model.itemId(i));
      }
      reason.put("because", because);
    }
    item.put("reason", reason);
    item.put("explanation", pick.explanation());
    return item;
  }
}

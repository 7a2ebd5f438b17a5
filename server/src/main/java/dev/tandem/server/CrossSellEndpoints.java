package dev.tandem.server;

import dev.tandem.engine.pipeline.Offer;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * Recommendations (role read), computed by the cross-sell and up-sell engine with the shop's
 * business rules.
 *
 * <ul>
 *   <li>{@code GET /items/{id}/cross-sell?count=10}: what goes with one item (a product page);
 *   <li>{@code POST /carts/cross-sell} with {@code {"items": ["A", "B"], "userId": "U", "count":
 *       10}}: what completes a cart, never an item in it nor a substitute of one;
 *   <li>{@code GET /users/{id}/cross-sell?count=10}: the next best offer for a shopper;
 *   <li>{@code GET /items/{id}/up-sell?userId=U&count=10}: pricier, better versions of an item.
 * </ul>
 *
 * <p>A {@code sessionId} (query parameter; in the cart's body) adds what goes with the items the
 * session viewed, carted or bought in this visit, the latest counting most (source {@code
 * session}).
 *
 * <p>Every answer reflects the purchases acknowledged before it (live updates): new orders' pairs
 * count in the co-purchase evidence at once, a shopper's new purchases lead their history and are
 * not offered again, and a shopper the model lacks is served from them (404 only when there are
 * none). Count from 1 to 100 (default 10). Unknown items or shoppers: 404 when they are the subject;
 * in a cart they are listed under {@code unknownItems} and the rest is used. Every answer has a
 * {@code recommendationId} to send back with the events it leads to, the model version, and per
 * item its score, the reason (source and measures) and a sentence with the evidence.
 */
final class CrossSellEndpoints {
  static final int DEFAULT_COUNT = 10;
  private static final int[] NO_SESSION = new int[0];
  private final LiveUpdates live;

  CrossSellEndpoints(LiveUpdates live) {
    this.live = live;
  }

  /**
   * The default count's answer is cached per item while its evidence holds (ItemAnswers); an
   * answer in a session is not.
   */
  void forItem(Context ctx) {
    ServingModel model = model();
    int item = item(model, ctx.pathParam("id"));
    int count = count(ctx.queryParam("count"));
    int[] session = session(model, ctx.queryParam("sessionId"));
    if (session.length > 0) {
      send(ctx, answer(model, model.crossSellForItem(item, session, count), List.of()));
      return;
    }
    if (count != DEFAULT_COUNT) {
      send(ctx, answer(model, model.crossSellForItem(item, count), List.of()));
      return;
    }
    byte[] items = model.itemAnswer(item,
        () -> AnswerJson.items(model, model.crossSellForItem(item, count)));
    byte[] head = ("{\"recommendationId\":\"" + recommendationId() + "\",\"modelVersion\":"
        + model.version() + ",\"items\":").getBytes(StandardCharsets.UTF_8);
    byte[] body = Arrays.copyOf(head, head.length + items.length + 1);
    System.arraycopy(items, 0, body, head.length, items.length);
    body[body.length - 1] = '}';
    ctx.status(200).contentType("application/json").result(body);
  }

  /**
   * A random (version 4) UUID from the thread's generator: ids only tie events to answers, and
   * {@link UUID#randomUUID()}'s shared SecureRandom is a point of contention under load.
   */
  static String recommendationId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  void upSell(Context ctx) {
    ServingModel model = model();
    int item = item(model, ctx.pathParam("id"));
    String userId = ctx.queryParam("userId");
    int user = model.userIndex(userId);
    int[] bought = model.itemIndices(live.boughtSince(userId));
    send(ctx, answer(model,
        model.upSell(item, user, bought, count(ctx.queryParam("count"))), List.of()));
  }

  void forUser(Context ctx) {
    ServingModel model = model();
    String id = ctx.pathParam("id");
    int user = model.userIndex(id);
    int[] bought = model.itemIndices(live.boughtSince(id));
    if (user < 0 && bought.length == 0) {
      throw Problem.notFound("shopper '" + id + "' is not in the model (version "
          + model.version() + ") and has bought no item it knows since");
    }
    int[] session = session(model, ctx.queryParam("sessionId"));
    send(ctx, answer(model,
        model.crossSellForUser(user, bought, session, count(ctx.queryParam("count"))), List.of()));
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
    JsonNode userNode = body.get("userId");
    String userId = userNode == null || userNode.isNull() ? null : userNode.asString();
    int user = model.userIndex(userId);
    int[] bought = model.itemIndices(live.boughtSince(userId));
    JsonNode count = body.get("count");
    int n = count(count == null ? null : count.asString());
    int[] cart = known.stream().mapToInt(Integer::intValue).toArray();
    JsonNode sessionNode = body.get("sessionId");
    int[] session = session(model,
        sessionNode == null || sessionNode.isNull() ? null : sessionNode.asString());
    send(ctx, answer(model, model.crossSellForCart(cart, user, bought, session, n), unknown));
  }

  /** The model's indices of the session's items in this visit, latest first. */
  private int[] session(ServingModel model, String sessionId) {
    return sessionId == null ? NO_SESSION : model.itemIndices(live.sessionItems(sessionId));
  }

  private ServingModel model() {
    return live.current().orElseThrow(() -> new Problem(503, "Not ready",
        "the first model is still training; retry in a few seconds (GET /ready says when)"));
  }

  private static int item(ServingModel model, String id) {
    int item = model.itemIndex(id);
    if (item < 0) {
      throw Problem.notFound("item '" + id + "' is not in the model (version " + model.version() + ")");
    }
    return item;
  }

  static int count(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_COUNT;
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

  /** The answer's bytes, written directly (AnswerJson): no maps in between. */
  private static byte[] answer(ServingModel model, List<Offer> offers, List<String> unknown) {
    return AnswerJson.answer(model, recommendationId(), offers, unknown);
  }

  private static void send(Context ctx, byte[] answer) {
    ctx.status(200).contentType("application/json").result(answer);
  }
}

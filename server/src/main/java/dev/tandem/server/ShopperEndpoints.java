package dev.tandem.server;

import dev.tandem.shop.Event;
import dev.tandem.store.ShopperData;
import dev.tandem.store.Store;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shopper's own data (role admin).
 *
 * <ul>
 *   <li>{@code GET /users/{id}/export}: their user record and every event, as stored; 404 when the
 *       store holds nothing about them;
 *   <li>{@code DELETE /users/{id}}: erases their events and user record in one transaction and
 *       says how much went; the next model trained (POST /models/train, or the schedule) no longer
 *       learns from them. 404 when there was nothing to erase.
 * </ul>
 */
final class ShopperEndpoints {
  private final Store store;

  ShopperEndpoints(Store store) {
    this.store = store;
  }

  void export(Context ctx) {
    ShopperData data = store.shopper(ctx.pathParam("id"));
    requireSome(data);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("userId", data.userId());
    body.put("attributes", data.user() == null ? null : data.user().attributes());
    List<Map<String, Object>> events = new ArrayList<>();
    data.events().forEach(e -> events.add(event(e)));
    body.put("events", events);
    Json.send(ctx, 200, body);
  }

  void erase(Context ctx) {
    ShopperData erased;
    synchronized (store) {
      erased = store.eraseShopper(ctx.pathParam("id"));
    }
    requireSome(erased);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("userId", erased.userId());
    body.put("erasedUser", erased.user() != null);
    body.put("erasedEvents", erased.events().size());
    Json.send(ctx, 200, body);
  }

  private static void requireSome(ShopperData data) {
    if (data.isEmpty()) {
      throw Problem.notFound("the store holds nothing about shopper '" + data.userId() + "'");
    }
  }

  private static Map<String, Object> event(Event e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", e.id());
    out.put("type", e.type().wireName());
    out.put("itemId", e.itemId());
    putIfPresent(out, "sessionId", e.sessionId());
    putIfPresent(out, "orderId", e.orderId());
    out.put("quantity", e.quantity());
    putIfPresent(out, "unitPrice", e.unitPrice());
    putIfPresent(out, "rating", e.rating());
    out.put("time", e.time().toString());
    putIfPresent(out, "recommendationId", e.recommendationId());
    return out;
  }

  private static void putIfPresent(Map<String, Object> out, String name, Object value) {
    if (value != null) {
      out.put(name, value);
    }
  }
}

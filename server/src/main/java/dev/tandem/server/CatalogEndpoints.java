package dev.tandem.server;

import dev.tandem.shop.Item;
import dev.tandem.shop.User;
import dev.tandem.store.Store;
import dev.tandem.store.StoreWriter;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Items and users (role write), committed before the answer; the next model learns from them.
 *
 * <ul>
 *   <li>{@code PUT /items/{id}} with {@code {"title", "price", "currency", "categoryPath": [...],
 *       "brand", "cost", "stock", "attributes": {...}}} (price and currency required);
 *   <li>{@code PUT /users/{id}} with {@code {"attributes": {...}}}.
 * </ul>
 */
final class CatalogEndpoints {
  private final Store store;

  CatalogEndpoints(Store store) {
    this.store = store;
  }

  void putItem(Context ctx) {
    JsonNode body = Json.body(ctx);
    Item item;
    try {
      item = new Item(ctx.pathParam("id"), text(body, "title"), list(body, "categoryPath"),
          text(body, "brand"), required(body, "price"), text(body, "currency"),
          optional(body, "cost"), stock(body), attributes(body));
    } catch (IllegalArgumentException e) {
      throw new Problem(422, "Invalid item", e.getMessage());
    }
    synchronized (store) {
      try (StoreWriter writer = store.writer()) {
        writer.putItems(List.of(item));
        writer.commit();
      }
    }
    Json.send(ctx, 200, Map.of("id", item.id(), "stored", true));
  }

  void putUser(Context ctx) {
    JsonNode body = Json.body(ctx);
    User user;
    try {
      user = new User(ctx.pathParam("id"), attributes(body));
    } catch (IllegalArgumentException e) {
      throw new Problem(422, "Invalid user", e.getMessage());
    }
    synchronized (store) {
      try (StoreWriter writer = store.writer()) {
        writer.putUsers(List.of(user));
        writer.commit();
      }
    }
    Json.send(ctx, 200, Map.of("id", user.id(), "stored", true));
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static double required(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.isNumber()) {
      throw new IllegalArgumentException(field + ": a number is required");
    }
    return value.doubleValue();
  }

  private static Double optional(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException(field + ": must be a number");
    }
    return value.doubleValue();
  }

  private static Integer stock(JsonNode body) {
    Double stock = optional(body, "stock");
    if (stock != null && (stock != Math.rint(stock) || stock < 0)) {
      throw new IllegalArgumentException("stock: must be a whole number of units, not negative");
    }
    return stock == null ? null : stock.intValue();
  }

  private static List<String> list(JsonNode body, String field) {
    List<String> out = new ArrayList<>();
    JsonNode value = body.get(field);
    if (value != null && value.isArray()) {
      value.forEach(v -> out.add(v.asString()));
    } else if (value != null && !value.isNull()) {
      throw new IllegalArgumentException(field + ": must be an array of strings");
    }
    return out;
  }

  private static Map<String, String> attributes(JsonNode body) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode value = body.get("attributes");
    if (value != null && value.isObject()) {
      value.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
    } else if (value != null && !value.isNull()) {
      throw new IllegalArgumentException("attributes: must be an object of strings");
    }
    return out;
  }
}

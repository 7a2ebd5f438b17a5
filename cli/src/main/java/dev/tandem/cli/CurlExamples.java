package dev.tandem.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * The {@code curl} calls printed when Tandem serves: one per kind of request (cross-sell for an
 * item, a cart and a shopper, up-sell, an event, the models), on ids of the bundled Online Retail
 * data, so each works against the demo store as printed (no key: a server without keys answers only
 * on loopback).
 */
final class CurlExamples {
  private CurlExamples() {}

  /** One request: method, path and JSON body (null for none). */
  record Example(String what, String method, String path, String body) {
    String curl(String base) {
      String url = "'" + base + path + "'";
      if (body == null) {
        return "curl " + url;
      }
      return "curl -X " + method + " " + url + " -H 'Content-Type: application/json' -d '" + body
          + "'";
    }
  }

  static final List<Example> DEMO = List.of(
      new Example("ready?", "GET", "/ready", null),
      new Example("cross-sell for an item", "GET", "/items/22697/cross-sell?count=3", null),
      new Example("cross-sell for a cart", "POST", "/carts/cross-sell",
          "{\"items\": [\"22697\", \"22699\"], \"count\": 3}"),
      new Example("next best offer for a shopper", "GET", "/users/17850/cross-sell?count=3", null),
      new Example("up-sell for an item", "GET", "/items/47566/up-sell?count=3", null),
      new Example("record a purchase (committed before the answer)", "POST", "/events",
          "{\"id\": \"demo-purchase-1\", \"type\": \"purchase\", \"itemId\": \"22697\","
              + " \"userId\": \"17850\", \"orderId\": \"demo-order-1\"}"),
      new Example("the serving model and the saved bundles", "GET", "/models", null));

  static void print(String base, PrintWriter out) {
    for (Example example : DEMO) {
      out.println("  # " + example.what());
      out.println("  " + example.curl(base));
    }
    out.println("  # everything else: " + base + "/openapi.json");
  }
}

package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.ingest.ImportProgress;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Preset;
import dev.tandem.store.Store;
import dev.tandem.store.StoreWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The server over real HTTP on loopback, on a store holding the whole Online Retail import: every
 * endpoint, every error path, each response checked against {@code openapi.json}. Run on SQLite by
 * {@link SqliteServerTest} and on PostgreSQL by {@link PostgresServerIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerContract {
  static final String READ = "read-key-for-tests";
  static final String WRITE = "write-key-for-tests";
  static final String ADMIN = "admin-key-for-tests";
  private final OpenApiSpec spec = new OpenApiSpec();
  private final List<String> violations = new ArrayList<>();
  TandemServer server;
  Http http;

  /** A new, empty store location for this class. */
  abstract String newStoreLocation() throws Exception;

  @BeforeAll
  void startOnOnlineRetail() throws Exception {
    String location = newStoreLocation();
    try (Store store = Store.open(location); StoreWriter writer = store.writer()) {
      Path rejects = Files.createTempFile("tandem-server-test", ".rejects.csv");
      new Importer(Clock.systemUTC()).run(Path.of("../data/online_retail.csv.gz"),
          Preset.named("online-retail"), writer, rejects, ImportProgress.NONE);
      Files.deleteIfExists(rejects);
    }
    Map<String, String> settings = new java.util.HashMap<>(Map.of(
        "host", "127.0.0.1", "port", "0", "store", location, "max-body-bytes", "65536",
        "max-batch", "500", "cors-origins", "https://shop.example", "retrain-minutes", "0",
        "key.reader", "read:" + ApiKeys.hash(READ), "key.writer", "write:" + ApiKeys.hash(WRITE),
        "key.admin", "admin:" + ApiKeys.hash(ADMIN)));
    settings.put("models-dir", Files.createTempDirectory("tandem-models").toString());
    ServerConfig config = ServerConfig.from(settings);
    server = ServerMain.start(config).awaitReady();
    http = new Http(server.port());
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private Http.Answer checked(String method, String path, Http.Answer answer) {
    violations.addAll(spec.violations(method, path, answer));
    assertThat(violations).as("responses must fit openapi.json").isEmpty();
    return answer;
  }

  Http.Answer get(String path, String key) {
    return checked("get", path, http.get(path, key));
  }

  Http.Answer post(String path, String key, String body) {
    return checked("post", path, http.post(path, key, body));
  }

  Http.Answer put(String path, String key, String body) {
    return checked("put", path, http.put(path, key, body));
  }

  @Test
  void operations_areOpenAndDescribeTheModel() {
    assertThat(get("/health", null).status()).isEqualTo(200);
    Http.Answer ready = get("/ready", null);
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().get("modelVersion").asInt()).isPositive();
    Http.Answer models = get("/models", READ);
    assertThat(models.json().get("serving").get("items").asInt()).isEqualTo(3_805);
    assertThat(models.json().get("serving").get("rules").asInt()).isGreaterThan(1_000);
    assertThat(get("/openapi.json", null).json().get("openapi").asString()).isEqualTo("3.1.0");
    get("/items/22697/cross-sell", READ);
    String metrics = get("/metrics", null).text();
    assertThat(metrics).contains("tandem_http_requests_seconds_bucket")
        .contains("endpoint=\"/items/{id}/cross-sell\"").contains("tandem_model_version");
  }

  @Test
  void crossSell_forAnItem_givesItsMatchingItemsWithEvidence() {
    JsonNode answer = get("/items/22697/cross-sell?count=5", READ).json();
    assertThat(answer.get("recommendationId").asString()).hasSize(36);
    JsonNode items = answer.get("items");
    assertThat(items).hasSize(5);
    Set<String> ids = new HashSet<>();
    items.forEach(item -> ids.add(item.get("id").asString()));
    // GREEN REGENCY TEACUP goes with the PINK and ROSES teacups of the same line
    assertThat(ids).contains("22698", "22699").doesNotContain("22697");
    JsonNode first = items.get(0);
    assertThat(first.get("reason").get("source").asString()).isIn("rules", "co-purchase");
    assertThat(first.get("reason").get("measures").get("lift").asDouble()).isGreaterThan(5);
    assertThat(first.get("explanation").asString()).contains("orders")
        .contains("more often than chance");
  }

  @Test
  void upSell_offersPricierItemsWithTheTradeUpEvidence() {
    JsonNode items = get("/items/22697/up-sell?count=5", READ).json().get("items");
    assertThat(items).isNotEmpty();
    items.forEach(item -> {
      assertThat(item.get("price").asDouble()).isGreaterThan(2.95); // 22697 sells at 2.95
      assertThat(item.get("reason").get("source").asString()).isEqualTo("upgrade");
      assertThat(item.get("explanation").asString()).startsWith("Upgrade: +");
    });
    assertThat(get("/items/NOPE/up-sell", READ).status()).isEqualTo(404);
  }

  @Test
  void crossSell_forAShopper_offersWhatTheyHaveNotBought() {
    JsonNode items = get("/users/17850/cross-sell?count=5", READ).json().get("items");
    assertThat(items).hasSize(5);
    Http.Answer unknown = get("/users/NOPE/cross-sell", READ);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("detail").asString()).contains("shopper 'NOPE'");
  }

  @Test
  void crossSell_forACart_neverRepeatsTheCartAndNamesUnknownItems() {
    JsonNode answer = post("/carts/cross-sell", READ,
        "{\"items\": [\"22697\", \"22699\", \"NOPE\"], \"count\": 10}").json();
    assertThat(answer.get("unknownItems").get(0).asString()).isEqualTo("NOPE");
    assertThat(answer.get("items")).hasSize(10);
    assertThat(answer.get("items").get(0).get("id").asString()).isEqualTo("22698");
    answer.get("items").forEach(item ->
        assertThat(item.get("id").asString()).isNotIn("22697", "22699"));
  }

  @Test
  void errors_areProblemDocumentsThatSayWhatToFix() {
    Http.Answer missingKey = get("/items/22697/cross-sell", null);
    assertThat(missingKey.status()).isEqualTo(401);
    assertThat(missingKey.contentType()).startsWith("application/problem+json");
    assertThat(missingKey.json().get("detail").asString()).contains("Authorization: Bearer");
    assertThat(get("/items/22697/cross-sell", "not-a-key").status()).isEqualTo(401);
    Http.Answer wrongRole = post("/events", READ, "{}");
    assertThat(wrongRole.status()).isEqualTo(403);
    assertThat(wrongRole.json().get("detail").asString()).contains("needs write");
    assertThat(post("/models/train", WRITE, "").status()).isEqualTo(403);
    Http.Answer unknown = get("/items/NOPE/cross-sell", READ);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("detail").asString()).contains("item 'NOPE'");
    assertThat(get("/items/22697/cross-sell?count=0", READ).status()).isEqualTo(400);
    assertThat(get("/items/22697/cross-sell?count=ten", READ).json().get("detail").asString())
        .contains("count must be a whole number from 1 to 100");
    Http.Answer badJson = post("/carts/cross-sell", READ, "{\"items\": [");
    assertThat(badJson.status()).isEqualTo(400);
    assertThat(badJson.json().get("detail").asString()).startsWith("the body is not valid JSON");
    assertThat(badJson.text()).doesNotContain("at tools.jackson").doesNotContain("Exception");
    Http.Answer oversize = http.post("/events", WRITE, "[" + "{\"id\":\"x\"},".repeat(10_000) + "{}]");
    assertThat(oversize.status()).isEqualTo(413);
    assertThat(oversize.contentType()).startsWith("application/problem+json");
    Http.Answer noRoute = http.get("/nowhere", READ);
    assertThat(noRoute.status()).isEqualTo(404);
    assertThat(noRoute.json().get("detail").asString()).contains("GET /openapi.json");
  }

  @Test
  void events_areStoredOnceAndInvalidBatchesStoreNothing() {
    String batch = "[{\"id\": \"it-e1\", \"type\": \"purchase\", \"userId\": \"17850\","
        + " \"orderId\": \"W1\", \"itemId\": \"22697\", \"quantity\": 2, \"unitPrice\": 2.95,"
        + " \"time\": \"2011-12-10T10:00:00Z\"},"
        + " {\"id\": \"it-e2\", \"type\": \"view\", \"itemId\": \"22698\", \"time\": 1323511200000}]";
    JsonNode first = post("/events", WRITE, batch).json();
    assertThat(first.get("added").asInt()).isEqualTo(2);
    JsonNode again = post("/events", WRITE, batch).json();
    assertThat(again.get("added").asInt()).isZero();
    assertThat(again.get("alreadyStored").asInt()).isEqualTo(2);

    Http.Answer invalid = post("/events", WRITE, "[{\"id\": \"it-e3\", \"type\": \"view\","
        + " \"itemId\": \"22698\"}, {\"id\": \"it-e4\", \"type\": \"teleport\", \"itemId\": \"1\"},"
        + " {\"id\": \"it-e5\", \"type\": \"purchase\", \"itemId\": \"1\", \"quantity\": -1}]");
    assertThat(invalid.status()).isEqualTo(422);
    JsonNode errors = invalid.json().get("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).get("index").asInt()).isEqualTo(1);
    assertThat(errors.get(0).get("reason").asString()).contains("'teleport' is not one of");
    assertThat(errors.get(1).get("index").asInt()).isEqualTo(2);
    assertThat(errors.get(1).get("reason").asString()).contains("quantity");
    // nothing of the invalid batch was stored: its valid event is new now
    assertThat(post("/events", WRITE, "{\"id\": \"it-e3\", \"type\": \"view\", \"itemId\": \"22698\"}")
        .json().get("added").asInt()).isEqualTo(1);
    assertThat(post("/events", WRITE, "[]").status()).isEqualTo(400);
    assertThat(post("/events", WRITE, "[" + "{},".repeat(500) + "{}]").status()).isEqualTo(413);
  }

  @Test
  void itemsAndUsers_areValidatedAndStored() {
    assertThat(put("/items/NEW-1", WRITE, "{\"title\": \"NEW MUG\", \"price\": 4.5, \"currency\": \"GBP\","
        + " \"categoryPath\": [\"Kitchen\", \"Mugs\"], \"stock\": 12}").json().get("stored").asBoolean())
        .isTrue();
    Http.Answer negative = put("/items/NEW-2", WRITE, "{\"price\": -1, \"currency\": \"GBP\"}");
    assertThat(negative.status()).isEqualTo(422);
    assertThat(negative.json().get("detail").asString()).contains("price");
    assertThat(put("/users/u-1", WRITE, "{\"attributes\": {\"country\": \"France\"}}").status())
        .isEqualTo(200);
    assertThat(put("/users/u-1", READ, "{}").status()).isEqualTo(403);
  }

  @Test
  void aShopper_isExportedThenErased() {
    post("/events", WRITE, "{\"id\": \"erase-1\", \"type\": \"view\", \"userId\": \"to-erase\","
        + " \"itemId\": \"22697\", \"sessionId\": \"s-9\"}");
    put("/users/to-erase", WRITE, "{\"attributes\": {\"country\": \"EIRE\"}}");
    assertThat(get("/users/to-erase/export", READ).status()).isEqualTo(403);
    JsonNode exported = get("/users/to-erase/export", ADMIN).json();
    assertThat(exported.get("attributes").get("country").asString()).isEqualTo("EIRE");
    assertThat(exported.get("events").get(0).get("sessionId").asString()).isEqualTo("s-9");
    assertThat(http.send("DELETE", "/users/to-erase", WRITE).status()).isEqualTo(403);
    Http.Answer erased = checked("delete", "/users/to-erase", http.send("DELETE", "/users/to-erase", ADMIN));
    assertThat(erased.json().get("erasedEvents").asInt()).isEqualTo(1);
    assertThat(erased.json().get("erasedUser").asBoolean()).isTrue();
    assertThat(get("/users/to-erase/export", ADMIN).status()).isEqualTo(404);
    assertThat(checked("delete", "/users/to-erase", http.send("DELETE", "/users/to-erase", ADMIN))
        .status()).isEqualTo(404);
    // a real customer's history is exported in full
    assertThat(get("/users/17850/export", ADMIN).json().get("events").size()).isGreaterThan(200);
  }

  @Test
  void hotSwap_underConcurrentRequests_failsNoRequest() throws Exception {
    int before = get("/models", READ).json().get("serving").get("version").asInt();
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(3);
    List<Future<List<Integer>>> results = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      results.add(clients.submit(() -> {
        List<Integer> failures = new ArrayList<>();
        int sent = 0;
        while (!done.get() || sent < 50) {
          int status = http.get("/items/22697/cross-sell", READ).status();
          sent++;
          if (status != 200) {
            failures.add(status);
          }
        }
        return failures;
      }));
    }
    assertThat(post("/models/train", ADMIN, "").status()).isEqualTo(202);
    int after = waitForVersionAbove(before);
    assertThat(post("/models/rollback", ADMIN, "").json().get("version").asInt()).isEqualTo(before);
    assertThat(post("/models/train", ADMIN, "").status()).isEqualTo(202);
    waitForVersionAbove(after);
    done.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    for (Future<List<Integer>> result : results) {
      assertThat(result.get()).as("non-200 answers during the swaps").isEmpty();
    }
    JsonNode models = get("/models", READ).json();
    assertThat(models.get("previous").get("version").asInt()).isEqualTo(before);
  }

  private int waitForVersionAbove(int version) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      int serving = get("/models", READ).json().get("serving").get("version").asInt();
      if (serving > version) {
        return serving;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no model above version " + version + " after 60 s");
  }

  private String purchase(String id, String user, String order, String item) {
    return "{\"id\": \"" + id + "\", \"type\": \"purchase\", \"userId\": \"" + user
        + "\", \"orderId\": \"" + order + "\", \"itemId\": \"" + item
        + "\", \"quantity\": 1, \"unitPrice\": 1.0}";
  }

  private JsonNode offered(String path, String id) {
    for (JsonNode item : get(path, READ).json().get("items")) {
      if (item.get("id").asString().equals(id)) {
        return item;
      }
    }
    return null;
  }

  @Test
  void livePurchases_countAtOnce_andOnceOnlyAfterARetrain() throws Exception {
    // 90057 and 10080 sold in about 20 orders each, never together: a complement needs 5 orders
    String page = "/items/90057/cross-sell?count=10";
    assertThat(offered(page, "10080")).isNull();
    for (int o = 1; o <= 5; o++) {
      post("/events", WRITE, "[" + purchase("live-a" + o, "live-shopper", "LIVE-" + o, "90057")
          + ", " + purchase("live-b" + o, "live-shopper", "LIVE-" + o, "10080") + "]");
      JsonNode offer = offered(page, "10080");
      if (o < 5) {
        assertThat(offer).as("after %d orders together", o).isNull();
      } else {
        assertThat(offer).as("after 5 orders together").isNotNull();
        assertThat(offer.get("reason").get("source").asString()).isEqualTo("co-purchase");
        assertThat(offer.get("reason").get("measures").get("orders").asInt()).isEqualTo(5);
        assertThat(offer.get("explanation").asString()).startsWith("Bought together in 5 orders");
      }
    }
    // the same events again change nothing
    post("/events", WRITE, "[" + purchase("live-a1", "live-shopper", "LIVE-1", "90057") + "]");
    assertThat(offered(page, "10080").get("reason").get("measures").get("orders").asInt())
        .isEqualTo(5);
    int before = get("/models", READ).json().get("serving").get("version").asInt();
    assertThat(post("/models/train", ADMIN, "").status()).isEqualTo(202);
    assertThat(waitForVersionAbove(before)).isGreaterThan(before);
    JsonNode retrained = offered(page, "10080");
    assertThat(retrained).as("the retrained model holds the 5 orders").isNotNull();
    assertThat(retrained.get("reason").get("measures").get("orders").asInt()).isEqualTo(5);
  }

  @Test
  void aViewInASession_leadsTheNextAnswerInThatSession_withItsReason() {
    String page = "/items/85123A/cross-sell?count=10";
    assertThat(offered(page, "22699")).as("ROSES teacup does not go with the heart").isNull();
    assertThat(post("/events", WRITE, "{\"id\": \"visit-view-1\", \"type\": \"view\", "
        + "\"itemId\": \"22697\", \"sessionId\": \"visit-1\"}").status()).isEqualTo(200);

    JsonNode offer = offered(page + "&sessionId=visit-1", "22699");
    assertThat(offer).as("the session viewed the GREEN teacup").isNotNull();
    assertThat(offer.get("reason").get("source").asString()).isEqualTo("session");
    assertThat(offer.get("explanation").asString())
        .startsWith("Because you viewed GREEN REGENCY TEACUP AND SAUCER in this visit");
    assertThat(offered(page + "&sessionId=another-visit", "22699")).isNull();

    JsonNode cart = post("/carts/cross-sell", READ,
        "{\"items\": [\"85123A\"], \"count\": 10, \"sessionId\": \"visit-1\"}").json();
    List<String> sources = new ArrayList<>();
    cart.get("items").forEach(item -> sources.add(item.get("reason").get("source").asString()));
    assertThat(sources).contains("session");
  }

  @Test
  void aNewShoppersPurchase_personalisesTheirCrossSellAtOnce() {
    assertThat(get("/users/new-shopper-1/cross-sell", READ).status()).isEqualTo(404);
    post("/events", WRITE, purchase("new-1", "new-shopper-1", "NEW-ORDER-1", "22697"));
    JsonNode items = get("/users/new-shopper-1/cross-sell?count=10", READ).json().get("items");
    List<String> ids = new ArrayList<>();
    Set<String> sources = new HashSet<>();
    items.forEach(item -> {
      ids.add(item.get("id").asString());
      sources.add(item.get("reason").get("source").asString());
    });
    assertThat(ids).hasSize(10).doesNotContain("22697").contains("22698", "22699");
    assertThat(sources).doesNotContain("popular").containsAnyOf("rules", "co-purchase");
    // an anonymous cart is folded into the factor model: its candidates fill the list
    JsonNode cart = post("/carts/cross-sell", READ, "{\"items\": [\"90057\"], \"count\": 20}")
        .json().get("items");
    Set<String> cartSources = new HashSet<>();
    cart.forEach(item -> cartSources.add(item.get("reason").get("source").asString()));
    assertThat(cartSources).contains("factors");
  }

  @Test
  void aKnownShoppersPurchase_isNeverOfferedBackAndLeadsTheirHistory() {
    JsonNode first = get("/users/17850/cross-sell?count=5", READ).json().get("items").get(0);
    String bought = first.get("id").asString();
    post("/events", WRITE, purchase("known-1", "17850", "KNOWN-ORDER-1", bought));
    assertThat(offered("/users/17850/cross-sell?count=20", bought)).isNull();
    JsonNode cart = post("/carts/cross-sell", READ,
        "{\"items\": [\"22697\"], \"userId\": \"17850\", \"count\": 50}").json();
    cart.get("items").forEach(item -> assertThat(item.get("id").asString()).isNotEqualTo(bought));
  }

  @Test
  void spec_documentsEveryRouteTheServerHas() {
    assertThat(spec.operations()).containsExactlyInAnyOrder(
        "get /health", "get /ready", "get /metrics", "get /openapi.json", "get /models",
        "post /models/train", "post /models/rollback", "get /items/{id}/cross-sell",
        "post /carts/cross-sell", "get /users/{id}/cross-sell", "get /items/{id}/up-sell",
        "post /events", "put /items/{id}", "put /users/{id}", "delete /users/{id}",
        "get /users/{id}/export");
    // with a valid key a request reaches its handler, so a missing route would answer 404 or 405;
    // training and rollback are left to the hot-swap test (they change the serving model)
    for (String operation : spec.operations()) {
      String[] parts = operation.split(" ");
      if (parts[1].startsWith("/models/")) {
        continue;
      }
      String path = parts[1].replace("{id}", "NO-SUCH-ID");
      Http.Answer answer = http.send(parts[0].toUpperCase(), path, ADMIN);
      assertThat(answer.status()).as(operation).isNotIn(405);
      if (answer.status() == 404) {
        assertThat(answer.json().get("detail").asString()).as(operation).doesNotContain("no endpoint");
      }
    }
    assertThat(http.send("GET", "/no/such/route", ADMIN).json().get("detail").asString())
        .contains("no endpoint");
  }
}

package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.ingest.ImportProgress;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Preset;
import dev.tandem.store.Store;
import dev.tandem.store.StoreWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Model bundles across restarts, over real HTTP on the Online Retail store. Set-up trains model 1,
 * ingests purchases, trains model 2 and stops; each test starts a server on a copy of that store and
 * its bundles: it serves at once from the newest good bundle (ready before any training), passes
 * over a damaged one saying why, and keeps a rollback across a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelBundleLifecycleTest {
  private static final String CART = "{\"items\": [\"22697\", \"22699\"], \"count\": 5}";
  private Path original;
  private List<String> answersOfModel2;
  private TandemServer server;

  @BeforeAll
  void trainTwoModels() throws Exception {
    original = Files.createTempDirectory("tandem-bundles");
    String store = original.resolve("shop.db").toString();
    try (Store opened = Store.open(store); StoreWriter writer = opened.writer()) {
      Path rejects = Files.createTempFile("tandem-bundles", ".rejects.csv");
      new Importer(Clock.systemUTC()).run(Path.of("../data/online_retail.csv.gz"),
          Preset.named("online-retail"), writer, rejects, ImportProgress.NONE);
      Files.deleteIfExists(rejects);
    }
    try (TandemServer first = start(original)) {
      first.awaitStartUpWork();
      Http http = new Http(first.port());
      assertThat(http.post("/events", null, purchases("late-order", "22697", "22699", "22698"))
          .status()).isEqualTo(200);
      http.post("/models/train", null, "");
      waitForServing(http, 2);
      answersOfModel2 = answers(http);
    }
    assertThat(bundleNames(original)).containsExactly("v000001", "v000002");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void restart_servesTheNewestBundleBeforeAnyTraining() throws Exception {
    Path dir = copyOfOriginal();
    server = start(dir);
    Http http = new Http(server.port());

    assertThat(server.restoredVersion()).contains(2);
    JsonNode ready = http.get("/ready", null).json();
    assertThat(ready.get("modelVersion").asInt()).as("ready at once, before any training")
        .isEqualTo(2);
    assertThat(answers(http)).isEqualTo(answersOfModel2);
    JsonNode models = http.get("/models", null).json();
    assertThat(models.get("serving").get("origin").asString()).isEqualTo("bundle");
    assertThat(models.get("bundles")).extracting(b -> b.get("version").asInt())
        .containsExactly(2, 1);

    server.awaitStartUpWork();
    assertThat(http.get("/models", null).json().get("serving").get("version").asInt())
        .as("the store holds no newer events: no retraining").isEqualTo(2);
  }

  @Test
  void damagedNewestBundle_startsFromThePreviousAndSaysWhy() throws Exception {
    Path dir = copyOfOriginal();
    flipAByte(dir.resolve("shop-models").resolve("v000002").resolve("engine-model.bin"));
    server = start(dir);
    Http http = new Http(server.port());

    assertThat(server.restoredVersion()).contains(1);
    JsonNode bundles = http.get("/models", null).json().get("bundles");
    assertThat(bundles.get(0).get("version").asInt()).isEqualTo(2);
    assertThat(bundles.get(0).get("usable").asBoolean()).isFalse();
    assertThat(bundles.get(0).get("problem").asString()).startsWith("checksum mismatch");
    assertThat(bundles.get(1).get("usable").asBoolean()).isTrue();

    server.awaitStartUpWork(); // model 1 predates the late order: retrained in the background
    JsonNode serving = http.get("/models", null).json().get("serving");
    assertThat(serving.get("version").asInt()).as("versions are never reused").isEqualTo(3);
    assertThat(serving.get("origin").asString()).isEqualTo("trained");
    assertThat(answers(http)).isEqualTo(answersOfModel2);
  }

  @Test
  void rollBack_outlivesARestart() throws Exception {
    Path dir = copyOfOriginal();
    server = start(dir);
    Http http = new Http(server.port());
    Http.Answer rolledBack = http.post("/models/rollback", null, "");
    assertThat(rolledBack.status()).isEqualTo(200);
    assertThat(rolledBack.json().get("version").asInt()).isEqualTo(1);
    server.close();

    server = start(dir);
    http = new Http(server.port());
    assertThat(server.restoredVersion()).contains(1);
    JsonNode newest = http.get("/models", null).json().get("bundles").get(0);
    assertThat(newest.get("version").asInt()).isEqualTo(2);
    assertThat(newest.get("problem").asString()).isEqualTo("rolled back");
    assertThat(http.post("/models/rollback", null, "").status())
        .as("nothing older than model 1").isEqualTo(409);
  }

  @Test
  void restart_replaysThePurchasesStoredAfterTheBundlesTraining() throws Exception {
    Path dir = copyOfOriginal();
    server = start(dir);
    server.awaitStartUpWork();
    Http http = new Http(server.port());
    assertThat(offered(http, "10080")).isNull();
    postFiveOrdersTogether(http);
    assertThat(http.post("/events", null, purchasesBy("catch-up-shopper", "catch-up-order",
        "22697")).status()).isEqualTo(200);
    server.close();

    server = start(dir); // model 2 has not seen them: they are replayed before it serves
    http = new Http(server.port());
    assertThat(server.restoredVersion()).contains(2);
    JsonNode offer = offered(http, "10080");
    assertThat(offer).as("the five orders stored after model 2 was trained").isNotNull();
    assertThat(offer.get("reason").get("measures").get("orders").asInt()).isEqualTo(5);
    Http.Answer shopper = http.get("/users/catch-up-shopper/cross-sell?count=5", null);
    assertThat(shopper.status()).as("a shopper known only by a replayed purchase").isEqualTo(200);
    assertThat(shopper.json().get("modelVersion").asInt()).isEqualTo(2);
  }

  @Test
  void rollBackFromDisk_replaysThePurchasesTheOlderModelLacks() throws Exception {
    Path dir = copyOfOriginal();
    server = start(dir);
    server.awaitStartUpWork();
    Http http = new Http(server.port());
    postFiveOrdersTogether(http);
    assertThat(offered(http, "10080")).isNotNull();

    Http.Answer rolledBack = http.post("/models/rollback", null, "");
    assertThat(rolledBack.json().get("version").asInt()).as("read from its bundle").isEqualTo(1);
    JsonNode offer = offered(http, "10080");
    assertThat(offer).as("model 1 counts what was acknowledged before it was read").isNotNull();
    assertThat(offer.get("reason").get("measures").get("orders").asInt()).isEqualTo(5);
  }

  /** 90057 and 10080 never sold together: five orders of both make a complement (live). */
  private static void postFiveOrdersTogether(Http http) {
    for (int o = 1; o <= 5; o++) {
      assertThat(http.post("/events", null, purchases("together-" + o, "90057", "10080"))
          .status()).isEqualTo(200);
    }
  }

  private static JsonNode offered(Http http, String id) {
    Http.Answer answer = http.get("/items/90057/cross-sell?count=10", null);
    assertThat(answer.status()).isEqualTo(200);
    for (JsonNode item : answer.json().get("items")) {
      if (item.get("id").asString().equals(id)) {
        return item;
      }
    }
    return null;
  }

  @Test
  void noBundles_trainsAsBefore() throws Exception {
    Path dir = copyOfOriginal();
    deleteTree(dir.resolve("shop-models"));
    server = start(dir);
    assertThat(server.restoredVersion()).isEmpty();
    server.awaitReady();
    assertThat(new Http(server.port()).get("/models", null).json().get("serving").get("version")
        .asInt()).isEqualTo(1);
  }

  private static TandemServer start(Path dir) {
    ServerConfig config = ServerConfig.load(null, Map.of(), Map.of("host", "127.0.0.1",
        "port", "0", "store", dir.resolve("shop.db").toString(), "keep-bundles", "3"));
    assertThat(config.modelsDir()).isEqualTo(dir.resolve("shop-models").toAbsolutePath());
    return ServerMain.start(config);
  }

  /** Cross-sell for an item and a cart, up-sell for an item: ids and scores, in order. */
  private static List<String> answers(Http http) {
    List<String> out = new ArrayList<>();
    for (Http.Answer answer : List.of(http.get("/items/22697/cross-sell?count=5", null),
        http.post("/carts/cross-sell", null, CART),
        http.get("/items/47566/up-sell?count=3", null))) {
      assertThat(answer.status()).isEqualTo(200);
      answer.json().get("items")
          .forEach(i -> out.add(i.get("id").asString() + "@" + i.get("score")));
      out.add("|");
    }
    assertThat(out).hasSizeGreaterThan(8);
    return out;
  }

  private static String purchases(String order, String... items) {
    return purchasesBy("17850", order, items);
  }

  private static String purchasesBy(String shopper, String order, String... items) {
    StringBuilder json = new StringBuilder("[");
    for (String item : items) {
      json.append(json.length() > 1 ? "," : "").append("{\"id\":\"").append(order).append('-')
          .append(item).append("\",\"type\":\"purchase\",\"itemId\":\"").append(item)
          .append("\",\"userId\":\"").append(shopper).append("\",\"orderId\":\"").append(order)
          .append("\",\"quantity\":1,\"time\":\"2011-12-10T10:00:00Z\"}");
    }
    return json.append(']').toString();
  }

  private static void waitForServing(Http http, int version) throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      JsonNode serving = http.get("/models", null).json().get("serving");
      if (serving != null && !serving.isNull() && serving.get("version").asInt() == version) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("model " + version + " never served");
  }

  private Path copyOfOriginal() throws IOException {
    Path copy = Files.createTempDirectory("tandem-bundles-copy");
    try (Stream<Path> walk = Files.walk(original)) {
      for (Path from : (Iterable<Path>) walk::iterator) {
        Path to = copy.resolve(original.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    return copy;
  }

  private static List<String> bundleNames(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir.resolve("shop-models"))) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void flipAByte(Path file) throws IOException {
    try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
      data.seek(data.length() / 3);
      int b = data.read();
      data.seek(data.length() / 3);
      data.write(b ^ 0x21);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}

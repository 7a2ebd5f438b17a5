package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Durability: the server runs in a process of its own while two clients post batches of 100
 * events; after a while it is killed with SIGKILL, mid-ingestion. Every event whose batch was
 * acknowledged (200) must then be in the store, and served again by the restarted server. Run on
 * SQLite by {@link KillNineDurabilityTest} and on PostgreSQL by {@link
 * PostgresKillNineDurabilityIT}.
 */
abstract class KillNineDurability {

  /** A new, empty store for one run, in or beside {@code folder}. */
  abstract String newStore(Path folder) throws Exception;

  /** The event ids the store holds, read with plain JDBC after the server died. */
  abstract Set<String> storedIds(String store) throws Exception;

  @Test
  void killedWhileIngesting_losesNoAcknowledgedEvent() throws Exception {
    Path folder = Files.createTempDirectory("tandem-kill9");
    String store = newStore(folder);
    Process server = startServer(folder, store);
    int port = portOf(server);
    Http http = new Http(port);
    ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicInteger batches = new AtomicInteger();
    Thread[] clients = new Thread[2];
    for (int c = 0; c < clients.length; c++) {
      int client = c;
      clients[c] = new Thread(() -> {
        for (int b = 0; !killed.get(); b++) {
          List<String> ids = java.util.stream.IntStream.range(0, 100)
              .mapToObj(i -> "k9-" + client + "-" + batches.get() + "-" + i + "-" + System.nanoTime())
              .toList();
          try {
            if (http.post("/events", null, batch(ids)).status() == 200) {
              acknowledged.addAll(ids);
              batches.incrementAndGet();
            }
          } catch (RuntimeException connectionLost) {
            return;
          }
        }
      });
      clients[c].start();
    }
    while (batches.get() < 20) {
      Thread.sleep(20);
    }
    server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
    assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
    killed.set(true);
    for (Thread client : clients) {
      client.join(30_000);
    }
    Set<String> stored = storedIds(store);
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(2_000);
    assertThat(stored).containsAll(acknowledged);
    assertThat(servedAfterRestart(folder, store)).containsAll(acknowledged);
  }

  /** Restarts the server on the same store and reads the shopper's events back over HTTP. */
  private static Set<String> servedAfterRestart(Path folder, String store) throws Exception {
    Process server = startServer(folder, store);
    try {
      Http.Answer export = new Http(portOf(server)).get("/users/k9/export", null);
      assertThat(export.status()).as(export.text()).isEqualTo(200);
      Set<String> ids = new HashSet<>();
      export.json().get("events").forEach(e -> ids.add(e.get("id").asString()));
      return ids;
    } finally {
      server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static String batch(List<String> ids) {
    StringBuilder json = new StringBuilder("[");
    for (String id : ids) {
      json.append(json.length() > 1 ? "," : "").append("{\"id\":\"").append(id)
          .append("\",\"type\":\"view\",\"itemId\":\"85123A\",\"userId\":\"k9\"}");
    }
    return json.append(']').toString();
  }

  private static Process startServer(Path folder, String store) throws Exception {
    Path config = folder.resolve("server.properties");
    java.util.Properties settings = new java.util.Properties();
    settings.setProperty("host", "127.0.0.1");
    settings.setProperty("port", "0");
    settings.setProperty("store", store);
    settings.setProperty("models-dir", folder.resolve("models").toString());
    try (var out = Files.newBufferedWriter(config)) {
      settings.store(out, "kill -9 durability");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), ServerMain.class.getName(), config.toString());
    builder.redirectError(ProcessBuilder.Redirect.appendTo(folder.resolve("server.err").toFile()));
    return builder.start();
  }

  private static int portOf(Process server) throws Exception {
    BufferedReader out = new BufferedReader(
        new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertThat(line).as("the server's first line").startsWith("listening on http://127.0.0.1:");
    return Integer.parseInt(line.substring(line.lastIndexOf(':') + 1));
  }

  /** The ids in the store's events table, over {@code jdbcUrl}. */
  static Set<String> idsIn(String jdbcUrl) throws Exception {
    Set<String> ids = new HashSet<>();
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select id from events")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }
}
